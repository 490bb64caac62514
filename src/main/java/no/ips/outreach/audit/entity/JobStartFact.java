package no.ips.outreach.audit.entity;

/** A job start as the diversity and competitive-jobs items count it. */
public record JobStartFact(String iscoCode, long employerId, boolean competitive) {
}
