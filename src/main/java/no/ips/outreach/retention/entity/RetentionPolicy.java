package no.ips.outreach.retention.entity;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long data is kept. A finished (closed) participant with no activity for {@code participantsAfter} is
 * anonymised; an access-log row older than {@code accessLogFor} is deleted; so is an outbox event older than
 * {@code eventsFor} whose deliveries have all ended.
 */
public record RetentionPolicy(Period participantsAfter, Period accessLogFor, Period eventsFor) {

    public Instant participantsCutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(participantsAfter).toInstant();
    }

    public Instant accessLogCutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(accessLogFor).toInstant();
    }

    public Instant eventsCutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(eventsFor).toInstant();
    }

    /** An ISO-8601 period of at least a day ({@code P24M}, {@code P3Y}), or why not, naming the key. */
    public static Period period(String key, String value) {
        Period period;
        try {
            period = Period.parse(value.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 period such as P24M or P3Y, not '" + value + "'");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException(key + " must be at least one day, not '" + value + "'");
        }
        return period;
    }
}
