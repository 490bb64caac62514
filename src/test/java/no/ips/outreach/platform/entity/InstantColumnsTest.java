package no.ips.outreach.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Runs, like the service, in a JVM whose default zone is UTC (surefire sets -Duser.timezone=UTC). */
class InstantColumnsTest {

    /** 01:30 UTC is 03:30 in Oslo, the night the clocks jump from 02:00 to 03:00. */
    private static final Instant DST_NIGHT = Instant.parse("2026-03-29T01:30:00.123456Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void instantsAreStoredAsUtcWallClockTimeToTheMicrosecond(Databases database) {
        emf = database.migratedPersistenceUnit("instant_raw");
        var em = emf.createEntityManager();
        var employer = TestEmployers.named("Nattbakeriet").build(DST_NIGHT);
        Tx.run(em, () -> em.persist(employer));

        Object raw = em.createNativeQuery("SELECT CAST(created_at AS CHAR(26)) FROM employer WHERE id = ?1")
                .setParameter(1, employer.id()).getSingleResult();
        assertThat(raw.toString()).isEqualTo("2026-03-29 01:30:00.123456");
        em.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void instantsReadBackUnchangedIncludingDuringOslosDaylightSavingJump(Databases database) {
        emf = database.migratedPersistenceUnit("instant_reload");
        var em = emf.createEntityManager();
        var employer = TestEmployers.named("Nattbakeriet").build(DST_NIGHT);
        Tx.run(em, () -> {
            em.persist(employer);
            employer.archive(DST_NIGHT.plusSeconds(3600));
        });
        em.close();

        var reader = emf.createEntityManager();
        Employer found = reader.find(Employer.class, employer.id());
        assertThat(found.createdAt()).isEqualTo(DST_NIGHT);
        assertThat(found.archivedAt()).isEqualTo(DST_NIGHT.plusSeconds(3600));
        reader.close();
    }
}
