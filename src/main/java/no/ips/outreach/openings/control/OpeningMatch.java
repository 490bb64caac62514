package no.ips.outreach.openings.control;

import no.ips.outreach.openings.entity.JobOpening;

/** An opening found by a list, and for a distance search how far its workplace is from the point. */
public record OpeningMatch(JobOpening opening, Double distanceKm) {
}
