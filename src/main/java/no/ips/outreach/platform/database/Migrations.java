package no.ips.outreach.platform.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with the versioned scripts in sql/ before anything else touches the database,
 * then announces {@link SchemaReady}. JPA never generates DDL.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Event<SchemaReady> schemaReady;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        var result = configure(dataSource).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied)");
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
