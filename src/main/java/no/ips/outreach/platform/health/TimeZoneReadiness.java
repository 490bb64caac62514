package no.ips.outreach.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/**
 * Times are stored as UTC wall-clock values, which only round-trip exactly in a JVM that runs in UTC (see
 * UtcInstantConverter). An instance started without -Duser.timezone=UTC takes no traffic rather than shifting
 * visit times by an hour around daylight-saving changes.
 */
@Readiness
@ApplicationScoped
public class TimeZoneReadiness implements HealthCheck {

    private static final String NAME = "time-zone";

    @Override
    public HealthCheckResponse call() {
        ZoneId zone = ZoneId.systemDefault();
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return new HealthCheckResponse(NAME, Status.UP, Optional.of(Map.of("jvm", zone.getId())));
        }
        return new HealthCheckResponse(NAME, Status.DOWN, Optional.of(Map.of("jvm", zone.getId(),
                "fix", "start the JVM with -Duser.timezone=UTC")));
    }
}
