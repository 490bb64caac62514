package no.ips.outreach.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();
    private final TimeZone original = TimeZone.getDefault();

    @BeforeEach
    void runFarFromUtc() {
        // the JVM normally runs in UTC, which would hide a converter that used the default zone
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @Test
    void anInstantIsStoredAsItsUtcWallClockTime() {
        assertThat(converter.convertToDatabaseColumn(Instant.parse("2026-03-29T00:30:00.123456Z")))
                .isEqualTo(LocalDateTime.of(2026, 3, 29, 0, 30, 0, 123_456_000));
    }

    @Test
    void aStoredValueIsReadAsUtc() {
        assertThat(converter.convertToEntityAttribute(LocalDateTime.of(2026, 3, 29, 2, 30)))
                .isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
