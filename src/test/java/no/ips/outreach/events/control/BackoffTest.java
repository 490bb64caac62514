package no.ips.outreach.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));

    @Test
    void theWaitDoublesWithEveryFailedTryUpToTheMaximum() {
        assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(backoff.ceiling(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(backoff.ceiling(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(backoff.ceiling(5)).isEqualTo(Duration.ofSeconds(160));
        assertThat(backoff.ceiling(6)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.ceiling(1000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterTakesOffUpToHalfTheWaitAndSpreadsIt() {
        Random random = new Random(42);
        var seen = new java.util.HashSet<Duration>();
        for (int i = 0; i < 200; i++) {
            Duration wait = backoff.after(3, random);
            assertThat(wait).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40));
            seen.add(wait);
        }
        assertThat(seen).hasSizeGreaterThan(100);
    }

    @Test
    void aMaximumBelowTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
