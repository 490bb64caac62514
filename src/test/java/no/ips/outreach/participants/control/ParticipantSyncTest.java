package no.ips.outreach.participants.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.ips.outreach.participants.control.ParticipantSync.Numbered;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.SyncOutcome;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The host system's records through JPA on both databases: keyed by reference within the team, versions kept. */
class ParticipantSyncTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private ParticipantSync sync;
    private Team team;
    private Team otherTeam;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        sync = new ParticipantSync();
        sync.em = em;
        sync.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        sync.log = new AccessLog();
        sync.log.em = em;
        sync.log.clock = sync.clock;
        Tx.run(em, () -> {
            team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
            otherTeam = new Team("nav-salten", "NAV Salten", TeamKind.NAV_OFFICE, "1804", NOW);
            em.persist(team);
            em.persist(otherTeam);
            em.persist(new Specialist("kari", "Kari Nordmo", team, NOW));
            em.persist(new Specialist("ola", "Ola Hansen", team, NOW));
            em.persist(new Specialist("per", "Per Berg", otherTeam, NOW));
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private List<SyncResult> apply(Team to, SyncRow... rows) {
        List<Numbered> numbered = new java.util.ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            numbered.add(new Numbered(i + 1, rows[i]));
        }
        List<SyncResult> results = Tx.call(em, () -> sync.apply("host", to, numbered, null));
        em.clear();
        return results;
    }

    private static SyncRow row(String ref, String specialist, ParticipantStatus status) {
        return new SyncRow(ref, " KN ", specialist, Program.IPS, null, LocalDate.of(2026, 3, 1), status, Disclosure.GENERAL, null);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theSameRecordTwiceIsUnchangedAndKeepsItsVersion(Databases database) {
        open(database, "sync_unchanged");
        SyncResult created = apply(team, row("H-1", "kari", ParticipantStatus.JOB_SEARCH)).get(0);
        SyncResult again = apply(team, row(" H-1 ", "kari", ParticipantStatus.JOB_SEARCH)).get(0);
        SyncResult employed = apply(team, row("H-1", "ola", ParticipantStatus.EMPLOYED)).get(0);

        assertThat(created.outcome()).isEqualTo(SyncOutcome.CREATED);
        assertThat(again.outcome()).isEqualTo(SyncOutcome.UNCHANGED);
        assertThat(again.version()).isEqualTo(created.version());
        assertThat(employed.outcome()).isEqualTo(SyncOutcome.UPDATED);
        assertThat(employed.version()).isGreaterThan(created.version());
        Participant stored = em.createQuery("SELECT p FROM Participant p WHERE p.externalRef = 'H-1'", Participant.class).getSingleResult();
        assertThat(stored.specialist().username()).isEqualTo("ola");
        assertThat(stored.status()).isEqualTo(ParticipantStatus.EMPLOYED);
        assertThat(stored.alias()).isEqualTo("KN");
        List<Object> actions = em.createNativeQuery("SELECT action FROM participant_access WHERE username = 'host' ORDER BY id").getResultList().stream().map(a -> (Object) a.toString()).toList();
        assertThat(actions).containsExactly("CREATE", "READ", "UPDATE");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aBadRowIsRefusedWithItsReasonAndTheOthersAreWritten(Databases database) {
        open(database, "sync_refused");
        List<SyncResult> results = apply(team,
                row("H-1", "kari", ParticipantStatus.JOB_SEARCH),
                row("H-2", "per", ParticipantStatus.JOB_SEARCH),
                new SyncRow("H-3", "KN", "kari", Program.OTHER, null, LocalDate.of(2026, 3, 1), ParticipantStatus.JOB_SEARCH,
                        Disclosure.GENERAL, null),
                row("H-4", "kari", ParticipantStatus.JOB_SEARCH));

        assertThat(results).extracting(SyncResult::outcome).containsExactly(SyncOutcome.CREATED, SyncOutcome.REFUSED,
                SyncOutcome.REFUSED, SyncOutcome.CREATED);
        assertThat(results.get(1).errors()).extracting(e -> e.field()).containsExactly("specialist");
        assertThat(results.get(2).errors()).extracting(e -> e.field()).containsExactly("programLabel");
        assertThat(em.createQuery("SELECT COUNT(p) FROM Participant p", Long.class).getSingleResult()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anotherTeamsParticipantWithTheSameReferenceIsNeitherSeenNorTouched(Databases database) {
        open(database, "sync_teams");
        apply(otherTeam, row("H-1", "per", ParticipantStatus.EMPLOYED));

        SyncResult ours = apply(team, row("H-1", "kari", ParticipantStatus.JOB_SEARCH)).get(0);

        assertThat(ours.outcome()).isEqualTo(SyncOutcome.CREATED);
        assertThat(em.createQuery("SELECT p.status FROM Participant p WHERE p.teamId = :team", ParticipantStatus.class)
                .setParameter("team", otherTeam.id()).getSingleResult()).isEqualTo(ParticipantStatus.EMPLOYED);
    }
}
