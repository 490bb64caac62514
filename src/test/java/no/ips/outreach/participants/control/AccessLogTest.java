package no.ips.outreach.participants.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.AccessRecord;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The access log's lines go on the transaction's own connection: they commit, and roll back, with the access. */
class AccessLogTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void linesCommitWithTheAccessAndVanishWhenItRollsBack(Databases database) {
        emf = database.migratedPersistenceUnit("access_log");
        EntityManager em = emf.createEntityManager();
        AccessLog log = ParticipantControls.accessLog(em, Clock.fixed(NOW, ZoneOffset.UTC));

        Tx.run(em, () -> log.record("kari", 7L, AccessAction.READ));
        assertThatThrownBy(() -> Tx.run(em, () -> {
            log.record("mallory", 8L, AccessAction.READ);
            throw new IllegalStateException("the read failed after its line was written");
        })).isInstanceOf(IllegalStateException.class);
        // more names than one statement takes (500 rows each)
        List<Long> page = LongStream.rangeClosed(1_000, 1_600).boxed().toList();
        Tx.run(em, () -> log.record("liv", page, AccessAction.LIST));

        List<AccessRecord> lines = em.createQuery("SELECT a FROM AccessRecord a ORDER BY a.id", AccessRecord.class).getResultList();
        assertThat(lines).hasSize(1 + page.size());
        assertThat(lines).noneMatch(line -> line.username().equals("mallory"));
        AccessRecord first = lines.get(0);
        assertThat(List.of(first.username(), first.participantId(), first.action(), first.accessedAt()))
                .containsExactly("kari", 7L, AccessAction.READ, NOW);
        assertThat(lines.subList(1, lines.size())).extracting(AccessRecord::participantId).containsExactlyElementsOf(page);
        em.close();
    }
}
