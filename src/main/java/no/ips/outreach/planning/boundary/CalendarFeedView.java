package no.ips.outreach.planning.boundary;

import java.time.Instant;

/**
 * The caller's calendar subscription. {@code url} is there only in the answer that made it: the service keeps a hash
 * of its token, not the URL, so a lost URL is renewed, never shown again.
 */
public record CalendarFeedView(boolean active, Instant createdAt, String url) {
}
