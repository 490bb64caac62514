package no.ips.outreach.audit.entity;

import java.util.List;
import java.util.Map;

/**
 * The frequent-employer-contact figure as it is scored: face-to-face contacts per specialist-week of the specialists
 * who have job seekers, against their target. A specialist without job seekers has no target on the scale, so they
 * are left out of both the contacts and the specialist-weeks and listed apart with the reason.
 *
 * @param faceToFace      face-to-face contacts of the specialists counted
 * @param specialists     specialists counted
 * @param specialistWeeks their working days / 5, added up (public holidays left out)
 * @param weeklyTarget    their targets averaged over their working weeks; null when nobody is counted
 */
public record FrequentContact(long faceToFace, int specialists, double specialistWeeks, Double weeklyTarget,
                              List<LeftOut> leftOut) {

    public record LeftOut(String username, String displayName, String reason) {
    }

    /**
     * @param totalFaceToFace   every specialist's face-to-face contacts
     * @param faceToFaceLeftOut the contacts of those without job seekers, by user name (missing means none)
     */
    public static FrequentContact of(List<Workload> workloads, long totalFaceToFace, Map<String, Long> faceToFaceLeftOut,
                                     ReportPeriod period) {
        List<Workload> counted = workloads.stream().filter(Workload::hasContactTarget).toList();
        List<LeftOut> leftOut = workloads.stream().filter(w -> !w.hasContactTarget())
                .map(w -> new LeftOut(w.username(), w.displayName(), Workload.noJobSeekers())).toList();
        long contacts = totalFaceToFace - workloads.stream().filter(w -> !w.hasContactTarget())
                .mapToLong(w -> faceToFaceLeftOut.getOrDefault(w.username(), 0L)).sum();
        long days = counted.stream().mapToLong(w -> w.workingDays(period)).sum();
        Double target = counted.isEmpty() ? null : days == 0
                ? counted.stream().mapToInt(Workload::weeklyContactTarget).average().orElseThrow()
                // the team meets its target when its contacts reach the sum of its specialists' targets
                : counted.stream().mapToDouble(w -> (double) w.weeklyContactTarget() * w.workingDays(period)).sum() / days;
        return new FrequentContact(contacts, counted.size(), days / 5.0, target, leftOut);
    }

    /** Null when nobody is counted or no working day was scheduled: a rate of nothing is not zero. */
    public Double perSpecialistWeek() {
        return specialistWeeks == 0 ? null : faceToFace / specialistWeeks;
    }
}
