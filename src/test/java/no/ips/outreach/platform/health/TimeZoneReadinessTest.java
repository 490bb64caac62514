package no.ips.outreach.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TimeZone;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeZoneReadinessTest {

    private final TimeZone original = TimeZone.getDefault();

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(original);
    }

    @Test
    void anInstanceInUtcIsReady() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

        assertThat(new TimeZoneReadiness().call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void anInstanceOnOsloTimeIsNotReadyAndSaysHowToFixIt() {
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Oslo"));

        HealthCheckResponse response = new TimeZoneReadiness().call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(data ->
                assertThat(data).containsEntry("jvm", "Europe/Oslo").containsKey("fix"));
    }
}
