package no.ips.outreach.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned scripts in sql/ before anything else touches the database,
 * then announces {@link SchemaReady}. JPA never generates DDL.
 * <p>
 * A failed migration does not fail the deployment: the service stays not ready, and each readiness probe tries
 * again. That holds for a database that cannot be reached at all at startup too ({@link StartWithoutDatabase}).
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    private volatile boolean current;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        try {
            ensureCurrent();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Cannot migrate the database yet; the service stays not ready and retries", e);
        }
    }

    /** Migrates once; later calls return at once. Throws while the database cannot be migrated. */
    public synchronized void ensureCurrent() {
        if (current) {
            return;
        }
        var result = configure(dataSource).migrate();
        current = true;
        // Flyway leaves the target version empty when nothing was migrated; the schema is then at the initial one
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + result.migrationsExecuted + " migrations applied)");
        schemaReady.fire(new SchemaReady());
    }

    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /** Fired once the schema is current: the point from which startup work may use the database. */
    public record SchemaReady() {
    }
}
