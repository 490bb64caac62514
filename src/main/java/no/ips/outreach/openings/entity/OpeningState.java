package no.ips.outreach.openings.entity;

import java.time.Instant;

/** An opening's status as of now, why it has it and since when. */
public record OpeningState(OpeningStatus status, String reason, Instant since) {
}
