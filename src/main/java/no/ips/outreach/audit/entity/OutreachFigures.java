package no.ips.outreach.audit.entity;

import java.util.List;

/**
 * The outreach of one specialist or of a group of them over a period, with the ratios the fidelity scale judges.
 * A period's length is counted in working weeks (weekdays / 5), so a month or a range of odd length compares fairly
 * with a week.
 *
 * @param distinctEmployers employers met face to face; null where not counted (per team in the national report)
 * @param weeklyTarget      the specialists' average weekly target of face-to-face contacts
 */
public record OutreachFigures(int specialists, OutreachTally tally, Long distinctEmployers, double workingWeeks,
                              double scheduledMinutes, long caseload, long jobSeekers, double weeklyTarget) {

    public static OutreachFigures of(List<Workload> workloads, OutreachTally tally, Long distinctEmployers,
                                     ReportPeriod period) {
        return new OutreachFigures(workloads.size(), tally, distinctEmployers, period.workingWeeks(),
                workloads.stream().mapToDouble(w -> w.scheduledMinutes(period)).sum(),
                workloads.stream().mapToLong(Workload::caseload).sum(),
                workloads.stream().mapToLong(Workload::jobSeekers).sum(),
                workloads.stream().mapToInt(Workload::weeklyContactTarget).average().orElse(0));
    }

    public double faceToFacePerSpecialistWeek() {
        double specialistWeeks = specialists * workingWeeks;
        return specialistWeeks == 0 ? 0 : tally.faceToFace() / specialistWeeks;
    }

    /** Null when no time was scheduled: a share of nothing is not zero. */
    public Double communityPercent() {
        return scheduledMinutes == 0 ? null : 100.0 * tally.communityMinutes() / scheduledMinutes;
    }

    public Double individualizedPercent() {
        return tally.contacts() == 0 ? null : 100.0 * tally.individualized() / tally.contacts();
    }

    public Double caseloadPerSpecialist() {
        return specialists == 0 ? null : (double) caseload / specialists;
    }
}
