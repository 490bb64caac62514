package no.ips.outreach.audit.entity;

import no.ips.outreach.visits.entity.ContactFacts;

/** One contact from the visit log, as the audit reads it. */
public record LoggedContact(String specialist, long employerId, ContactFacts facts) {
}
