package no.ips.outreach.visits.entity;

public enum VisitPurpose {
    /** Getting to know the employer and its needs, for no one participant in particular. */
    GENERAL_JOB_DEVELOPMENT,
    /** Developing a job for a specific participant's preferences. */
    PARTICIPANT_JOB_DEVELOPMENT,
    /** Supporting an employed participant and their employer. */
    FOLLOW_ALONG,
    OTHER;

    /** Whether a visit with this purpose may name the participants it was for. */
    public boolean isOnBehalfOfParticipants() {
        return this == PARTICIPANT_JOB_DEVELOPMENT || this == FOLLOW_ALONG;
    }
}
