package no.ips.outreach.participants.entity;

/** Where a participant is in the IPS process. */
public enum ParticipantStatus {
    ENGAGEMENT, JOB_SEARCH, EMPLOYED, IN_EDUCATION, FOLLOW_ALONG, CLOSED
}
