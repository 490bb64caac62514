package no.ips.outreach.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.DataSourceConfiguration;
import no.ips.outreach.platform.database.Migrations;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the database answers and its schema is current: a load balancer then sends no traffic to an
 * instance that cannot serve it.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Migrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                return response.down().withData("error", "connection not valid").build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", "unreachable: " + e.getClass().getSimpleName()).build();
        }
        try {
            migrations.ensureCurrent();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", "schema migration failed: " + e.getClass().getSimpleName()).build();
        }
    }
}
