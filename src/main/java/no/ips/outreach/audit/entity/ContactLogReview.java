package no.ips.outreach.audit.entity;

/**
 * How well the supervisor reviewed the employer-contact log in a period. The scale lets the contact count earn a 4
 * or 5 only with a weekly review, and a 3 only with at least a monthly one, so the audit must tell these apart.
 * <ul>
 * <li>{@link #WEEKLY}: every week of the period that has ended was signed off, and no sign-off was made stale by a
 * later change to that week's log.</li>
 * <li>{@link #MONTHLY}: not weekly, but every calendar month of those weeks has at least one valid sign-off. A week
 * belongs to the month of its Thursday, as ISO 8601 puts it in the year of its Thursday; months the period does not
 * touch are not due.</li>
 * <li>{@link #NONE}: anything less, including a log that was never reviewed.</li>
 * </ul>
 */
public enum ContactLogReview {
    WEEKLY,
    MONTHLY,
    NONE
}
