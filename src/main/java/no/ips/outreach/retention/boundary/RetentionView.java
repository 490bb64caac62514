package no.ips.outreach.retention.boundary;

import java.util.List;

/**
 * The configured retention and the latest runs.
 *
 * @param participantsAfter how long a closed participant with no activity is kept before anonymisation (ISO-8601)
 * @param accessLogFor      how long an access-log row is kept (ISO-8601)
 * @param eventsFor         how long an outbox event is kept once its deliveries have ended (ISO-8601)
 * @param every             how often the scheduled run comes (ISO-8601), if {@code scheduled}
 */
public record RetentionView(String participantsAfter, String accessLogFor, String eventsFor, String every, boolean scheduled,
                            List<RetentionRunView> latestRuns) {
}
