package no.ips.outreach.platform.bench.floor;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** On the H2 that Payara Micro bundles, in memory: the floor carries no library of its own. */
@ApplicationScoped
@DataSourceDefinition(name = "java:app/jdbc/floor", className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:floor;DB_CLOSE_DELAY=-1;INIT=CREATE TABLE IF NOT EXISTS floor_thing (id BIGINT PRIMARY KEY, name VARCHAR(100))")
public class FloorStore {

    @PersistenceContext
    EntityManager em;

    @Transactional
    public FloorThing find(long id) {
        return em.find(FloorThing.class, id);
    }
}
