package no.ips.outreach.visits.entity;

public enum VisitPurpose {
    /** Getting to know the employer and its needs, for no one participant in particular. */
    GENERAL_JOB_DEVELOPMENT,
    /** Developing a job for a specific participant's preferences. */
    PARTICIPANT_JOB_DEVELOPMENT,
    /** Supporting an employed participant and their employer. */
    FOLLOW_ALONG,
    OTHER
}
