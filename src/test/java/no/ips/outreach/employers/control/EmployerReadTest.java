package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The single employer read joins the tags into the employer's SELECT: the same employer as a find, tags or none. */
class EmployerReadTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anEmployerIsReadWithAllItsTagsAndOneWithoutTagsIsReadToo(Databases database) {
        emf = database.migratedPersistenceUnit("employer_read");
        var tagged = TestEmployers.named("Bakeriet").tags("bakery", "early-shift", "kitchen").build(NOW);
        var plain = TestEmployers.named("Verkstedet").build(NOW);
        var writer = emf.createEntityManager();
        Tx.run(writer, () -> {
            writer.persist(tagged);
            writer.persist(plain);
        });
        writer.close();

        var reader = emf.createEntityManager();
        EmployerStore store = EmployerControls.store(reader, Clock.fixed(NOW, ZoneOffset.UTC));
        Employer found = store.read(tagged.id()).orElseThrow();
        assertThat(found.name()).isEqualTo("Bakeriet");
        assertThat(found.tags()).containsExactlyInAnyOrder("bakery", "early-shift", "kitchen");
        Employer untagged = store.read(plain.id()).orElseThrow();
        assertThat(untagged.name()).isEqualTo("Verkstedet");
        assertThat(untagged.tags()).isEmpty();
        assertThat(store.read(plain.id() + 1000)).isEmpty();
        reader.close();
    }
}
