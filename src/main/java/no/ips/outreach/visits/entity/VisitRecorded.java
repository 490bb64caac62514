package no.ips.outreach.visits.entity;

/**
 * A visit was logged ({@code before} is null) or corrected: fired inside the writing transaction, so that what the
 * audit keeps about the visit log commits or rolls back with it.
 *
 * @param specialist who logged the visit
 * @param revision   0 for a newly logged visit, else the number of the correction
 * @param by         who made the change
 */
public record VisitRecorded(String specialist, long visitId, int revision, String by, ContactFacts before,
                            ContactFacts after) {
}
