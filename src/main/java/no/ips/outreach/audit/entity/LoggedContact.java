package no.ips.outreach.audit.entity;

import java.time.Instant;
import no.ips.outreach.visits.entity.ContactFacts;

/** One contact from the visit log, as the audit reads it. */
public record LoggedContact(long visitId, String specialist, long employerId, Instant startedAt, ContactFacts facts) {
}
