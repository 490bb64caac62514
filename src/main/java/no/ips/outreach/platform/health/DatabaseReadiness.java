package no.ips.outreach.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.DataSourceConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the database cannot be reached: a load balancer then sends no traffic here. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 2;

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection()) {
            return response.status(connection.isValid(TIMEOUT_SECONDS)).build();
        } catch (SQLException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
