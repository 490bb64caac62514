package no.ips.outreach.matching.control;

import no.ips.outreach.matching.entity.Match;

/** An opening ranked for a participant, with the great-circle distance from their home when both are known. */
public record RankedOpening(IndexedOpening opening, Match match, Double distanceKm) {
}
