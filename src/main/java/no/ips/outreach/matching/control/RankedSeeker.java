package no.ips.outreach.matching.control;

import no.ips.outreach.matching.entity.Match;
import no.ips.outreach.participants.entity.Participant;

/** A participant ranked for an opening. */
public record RankedSeeker(Participant participant, Match match, Double distanceKm) {
}
