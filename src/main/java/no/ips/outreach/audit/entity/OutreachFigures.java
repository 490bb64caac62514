package no.ips.outreach.audit.entity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The outreach of one specialist or of a group of them over a period, with the ratios the fidelity scale judges.
 * A period's length is counted in working weeks (working days / 5, public holidays of the team's country left out),
 * so a month, a holiday week or a range of odd length compares fairly with a full week.
 *
 * @param distinctEmployers employers met face to face; null where not counted (per team in the national report)
 * @param workingWeeks      the specialists' working weeks, averaged (the same for everyone in one team)
 * @param scheduledFifths   scheduled minutes times 5, exact: weekly minutes times working days, added up
 * @param frequentContact   the frequent-contact figure as scored, without specialists who have no job seekers
 */
public record OutreachFigures(int specialists, OutreachTally tally, Long distinctEmployers, double workingWeeks,
                              long scheduledFifths, long caseload, long jobSeekers, FrequentContact frequentContact) {

    /** For a single specialist, or a group whose members all have job seekers. */
    public static OutreachFigures of(List<Workload> workloads, OutreachTally tally, Long distinctEmployers,
                                     ReportPeriod period) {
        Map<String, Long> leftOut = workloads.size() == 1 ? Map.of(workloads.get(0).username(), tally.faceToFace())
                : Map.of();
        if (workloads.size() > 1 && workloads.stream().anyMatch(w -> !w.hasContactTarget())) {
            throw new IllegalArgumentException("Give the face-to-face contacts of the specialists without job seekers.");
        }
        return of(workloads, tally, distinctEmployers, period, leftOut);
    }

    /** @param faceToFaceLeftOut face-to-face contacts of the specialists without job seekers, by user name */
    public static OutreachFigures of(List<Workload> workloads, OutreachTally tally, Long distinctEmployers,
                                     ReportPeriod period, Map<String, Long> faceToFaceLeftOut) {
        long days = workloads.stream().mapToLong(w -> w.workingDays(period)).sum();
        return new OutreachFigures(workloads.size(), tally, distinctEmployers,
                workloads.isEmpty() ? period.workingWeeks() : days / 5.0 / workloads.size(),
                workloads.stream().mapToLong(w -> w.scheduledFifths(period)).sum(),
                workloads.stream().mapToLong(Workload::caseload).sum(),
                workloads.stream().mapToLong(Workload::jobSeekers).sum(),
                FrequentContact.of(workloads, tally.faceToFace(), faceToFaceLeftOut, period));
    }

    public double scheduledMinutes() {
        return scheduledFifths / 5.0;
    }

    /** Exact: whole minutes, or one decimal where a part-time day is not a whole number of minutes. */
    public BigDecimal exactScheduledMinutes() {
        return BigDecimal.valueOf(scheduledFifths).divide(BigDecimal.valueOf(5));
    }

    /** The scored target: the average weekly target of the specialists who have job seekers, 0 when none has. */
    public double weeklyTarget() {
        return frequentContact.weeklyTarget() == null ? 0 : frequentContact.weeklyTarget();
    }

    /** Every specialist's contacts per working week, those without job seekers too (not the scored figure). */
    public double faceToFacePerSpecialistWeek() {
        double specialistWeeks = specialists * workingWeeks;
        return specialistWeeks == 0 ? 0 : tally.faceToFace() / specialistWeeks;
    }

    /** Null when no time was scheduled: a share of nothing is not zero. Exact: whole numbers divided once. */
    public Double communityPercent() {
        return scheduledFifths == 0 ? null : 500.0 * tally.communityMinutes() / scheduledFifths;
    }

    public Double individualizedPercent() {
        return tally.contacts() == 0 ? null : 100.0 * tally.individualized() / tally.contacts();
    }

    public Double caseloadPerSpecialist() {
        return specialists == 0 ? null : (double) caseload / specialists;
    }
}
