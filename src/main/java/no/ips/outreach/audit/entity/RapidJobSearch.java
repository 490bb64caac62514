package no.ips.outreach.audit.entity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import no.ips.outreach.participants.entity.ParticipantStatus;

/**
 * Days from enrolment to the first face-to-face employer contact (IPS principle 3: within 30 days). The average is over
 * the participants whose first contact fell in the period; those still waiting are listed with how long they have
 * waited, so that a slow start cannot hide by not having happened yet. The days waited are counted from enrolment to
 * {@code countedTo}: the period's last day, or today for a period that has not ended (a wait cannot be counted into
 * the future).
 */
public record RapidJobSearch(List<Reached> reached, List<Waiting> waiting, long reachedCount, long totalDays,
                             long waitingCount, LocalDate countedTo) {

    public record Reached(ParticipantJourney participant, long days) {
    }

    public record Waiting(ParticipantJourney participant, long daysWaited) {
    }

    public static RapidJobSearch of(List<ParticipantJourney> journeys, ReportPeriod period, LocalDate today) {
        LocalDate end = countedTo(period, today);
        List<Reached> reached = journeys.stream()
                .filter(j -> j.firstFaceToFace() != null && period.contains(j.firstFaceToFace()))
                // a contact logged before the enrolment date was registered still means no wait
                .map(j -> new Reached(j, Math.max(0, ChronoUnit.DAYS.between(j.enrolledOn(), j.firstFaceToFace()))))
                .sorted(Comparator.comparingLong(Reached::days).reversed())
                .toList();
        List<Waiting> waiting = journeys.stream()
                .filter(j -> j.status() == ParticipantStatus.ENGAGEMENT || j.status() == ParticipantStatus.JOB_SEARCH)
                .filter(j -> !j.enrolledOn().isAfter(end))
                .filter(j -> j.firstFaceToFace() == null || j.firstFaceToFace().isAfter(end))
                .map(j -> new Waiting(j, ChronoUnit.DAYS.between(j.enrolledOn(), end)))
                .sorted(Comparator.comparingLong(Waiting::daysWaited).reversed())
                .toList();
        return new RapidJobSearch(reached, waiting, reached.size(), reached.stream().mapToLong(Reached::days).sum(),
                waiting.size(), end);
    }

    /** The day to which a wait is counted: the period's end, or today while the period has not ended. */
    public static LocalDate countedTo(ReportPeriod period, LocalDate today) {
        return period.to().isBefore(today) ? period.to() : today;
    }

    /** Counted without listing anyone, as the national report does in the database. */
    public static RapidJobSearch counted(long reachedCount, long totalDays, long waitingCount, LocalDate countedTo) {
        return new RapidJobSearch(List.of(), List.of(), reachedCount, totalDays, waitingCount, countedTo);
    }

    /** Null when no participant had a first contact in the period: an average of nothing is not zero days. */
    public Double averageDays() {
        return reachedCount == 0 ? null : (double) totalDays / reachedCount;
    }
}
