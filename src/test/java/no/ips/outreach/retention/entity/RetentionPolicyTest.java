package no.ips.outreach.retention.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {

    private final RetentionPolicy policy = new RetentionPolicy(Period.ofMonths(24), Period.ofYears(3), Period.ofDays(30));

    @Test
    void cutoffsCountCalendarMonthsAndYearsBackFromNow() {
        Instant now = Instant.parse("2026-12-04T09:30:00Z");

        assertThat(policy.participantsCutoff(now)).isEqualTo(Instant.parse("2024-12-04T09:30:00Z"));
        assertThat(policy.accessLogCutoff(now)).isEqualTo(Instant.parse("2023-12-04T09:30:00Z"));
    }

    @Test
    void aLeapDayCutoffFallsOnTheLastDayOfFebruary() {
        assertThat(policy.participantsCutoff(Instant.parse("2026-02-28T00:00:00Z")))
                .isEqualTo(Instant.parse("2024-02-28T00:00:00Z"));
        assertThat(new RetentionPolicy(Period.ofYears(1), Period.ofYears(1), Period.ofDays(30)).participantsCutoff(Instant.parse("2024-02-29T12:00:00Z")))
                .isEqualTo(Instant.parse("2023-02-28T12:00:00Z"));
    }

    @Test
    void aPeriodIsReadAsIso8601() {
        assertThat(RetentionPolicy.period("k", " P24M ")).isEqualTo(Period.ofMonths(24));
        assertThat(RetentionPolicy.period("k", "P3Y")).isEqualTo(Period.ofYears(3));
    }

    @Test
    void aMistypedOrEmptyPeriodIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> RetentionPolicy.period("outreach.retention.participants-after", "24 months"))
                .hasMessageContaining("outreach.retention.participants-after").hasMessageContaining("P24M");
        assertThatThrownBy(() -> RetentionPolicy.period("outreach.retention.access-log-for", "P0D"))
                .hasMessageContaining("outreach.retention.access-log-for").hasMessageContaining("at least one day");
        assertThatThrownBy(() -> RetentionPolicy.period("k", "-P1M")).hasMessageContaining("at least one day");
    }
}
