package no.ips.outreach.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.StatementWatch;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue #19's soak run found one statement left open per insert of an entity with an IDENTITY id: EclipseLink 4.0.7
 * (Payara's) never closes the statement whose generated keys it read (eclipse-ee4j/eclipselink#2366). On a pooled
 * connection each stays in memory for the connection's life. {@link FailFast} has EclipseLink ask for the id
 * another way; this keeps it that way.
 */
class StatementsClosedTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void insertsAndReadsCloseEveryStatementBeforeTheirConnectionGoesBack(Databases database) {
        var watch = new StatementWatch();
        emf = database.migratedPersistenceUnit("statements_closed", watch::watching);

        for (int i = 0; i < 20; i++) {
            String name = "Verkstedet " + i;
            var employer = TestEmployers.named(name).tags("workshop").build(NOW);
            var em = emf.createEntityManager();
            Tx.run(em, () -> em.persist(employer));
            em.close();
            assertThat(employer.id()).as("the id the database gave insert %d", i).isPositive();

            var reader = emf.createEntityManager();
            Tx.run(reader, () -> assertThat(reader.find(Employer.class, employer.id()).name()).isEqualTo(name));
            reader.close();
        }

        assertThat(watch.opened()).as("statements opened").isGreaterThanOrEqualTo(60);
        assertThat(watch.leftOpen()).as("statements still open when their connection was closed").isZero();
    }
}
