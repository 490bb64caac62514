package no.ips.outreach.audit.entity;

/**
 * How well the supervisor reviewed the employer-contact log in a period. The scale lets the contact count earn a 4
 * or 5 only with a weekly review, and a 3 only with at least a monthly one, so the audit must tell these apart.
 * <ul>
 * <li>{@link #WEEKLY}: every week of the period that has ended was signed off, and no sign-off was made stale by a
 * later change to that week's log.</li>
 * <li>{@link #MONTHLY}: not weekly, but every week of the period that has ended has a current sign-off, some of them
 * given late (more than the set number of days after the week ended). A month is reviewed only when each of its weeks
 * is (a week belongs to the month of its Thursday); one signed week never stands in for another.</li>
 * <li>{@link #NONE}: anything less, including a log that was never reviewed.</li>
 * </ul>
 */
public enum ContactLogReview {
    WEEKLY,
    MONTHLY,
    NONE
}
