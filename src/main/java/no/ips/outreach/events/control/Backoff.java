package no.ips.outreach.events.control;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: the wait doubles with every failed try, from {@code first} up to {@code max},
 * and a random half of it is taken off ("equal jitter"), so that receivers coming back are not hit by every relay at
 * once.
 */
public record Backoff(Duration first, Duration max) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < first <= max, not " + first + " and " + max);
        }
    }

    /** The full wait after the {@code tries}-th failed try (1 for the first), before jitter. */
    public Duration ceiling(int tries) {
        int doublings = Math.max(0, Math.min(tries - 1, 40));
        long millis = first.toMillis();
        for (int i = 0; i < doublings && millis < max.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** The wait with jitter: between half the ceiling and the ceiling. */
    public Duration after(int tries, RandomGenerator random) {
        long ceiling = ceiling(tries).toMillis();
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
    }
}
