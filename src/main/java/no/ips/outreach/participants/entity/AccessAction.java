package no.ips.outreach.participants.entity;

/** What someone did with a participant record, as the access log records it. */
public enum AccessAction {
    LIST, READ, CREATE, UPDATE, PREFERENCES, REASSIGN, ANONYMISE, VISIT_LINK, JOB_START, MATCH
}
