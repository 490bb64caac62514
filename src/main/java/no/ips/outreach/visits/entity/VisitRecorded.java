package no.ips.outreach.visits.entity;

import java.util.Set;

/**
 * A visit was logged ({@code before} is null), corrected, or voided ({@code after} is null: it counts for nothing
 * from now on): fired inside the writing transaction, so that what the
 * audit keeps about the visit log commits or rolls back with it.
 *
 * @param specialist who logged the visit
 * @param revision   0 for a newly logged visit, else the number of the correction
 * @param by         who made the change
 * @param formerParticipants the participants the visit was for before a correction; empty for a new visit
 */
public record VisitRecorded(String specialist, long visitId, int revision, String by, ContactFacts before,
                            ContactFacts after, Set<Long> formerParticipants) {

    public VisitRecorded {
        formerParticipants = Set.copyOf(formerParticipants);
    }

    /** The visit, which counted as {@code before}, was voided as revision {@code revision}. */
    public static VisitRecorded voided(String specialist, long visitId, int revision, String by, ContactFacts before,
                                       Set<Long> participants) {
        return new VisitRecorded(specialist, visitId, revision, by, before, null, participants);
    }

    public boolean isVoid() {
        return after == null;
    }

    public static VisitRecorded logged(String specialist, long visitId, ContactFacts facts) {
        return new VisitRecorded(specialist, visitId, 0, specialist, null, facts, Set.of());
    }
}
