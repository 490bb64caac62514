package no.ips.outreach.matching.control;

import no.ips.outreach.matching.entity.SeekerProfile;

/** A participant in the index: their preferences, and whose caseload and team they are in, for scoping. */
public record IndexedSeeker(SeekerProfile profile, String specialist, long teamId) {
}
