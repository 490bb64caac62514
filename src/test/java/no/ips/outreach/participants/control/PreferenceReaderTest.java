package no.ips.outreach.participants.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.HomeArea;
import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one-statement read of the preference lists must say what the entity's four collections say. */
class PreferenceReaderTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void listsReadInOneStatementEqualTheEntitysCollections(Databases database) {
        emf = database.migratedPersistenceUnit("preference_reader");
        var stated = new JobPreferences(List.of("9412", "5120", "5223"), Set.of("56", "10.7"), Set.of("87", "92"),
                new BigDecimal("15.5"), new BigDecimal("30.0"), Set.of(Shift.DAY, Shift.WEEKEND), 40, null,
                new HomeArea("8006", "1804", 67.28, 14.40), true, Set.of("no", "so"), LocalDate.of(2026, 4, 1),
                "Fagbrev som kokk", "Stødig og blid");
        long withPreferences = enrol("HOST-1", stated);
        long without = enrol("HOST-2", null);

        EntityManager em = emf.createEntityManager();
        PreferenceReader reader = new PreferenceReader();
        reader.em = em;
        Participant read = em.find(Participant.class, withPreferences);

        assertThat(read.preferences(reader.of(withPreferences))).isEqualTo(stated).isEqualTo(read.preferences());
        assertThat(reader.of(withPreferences).occupations()).as("in priority order").containsExactly("9412", "5120", "5223");
        Participant bare = em.find(Participant.class, without);
        assertThat(bare.preferences(reader.of(without))).isEqualTo(bare.preferences());
        assertThat(reader.of(without).occupations()).isEmpty();
        em.close();
    }

    private long enrol(String reference, JobPreferences preferences) {
        EntityManager em = emf.createEntityManager();
        try {
            return Tx.call(em, () -> {
                Team team = em.createQuery("SELECT t FROM Team t", Team.class).getResultStream().findFirst().orElseGet(() -> {
                    Team created = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
                    em.persist(created);
                    em.persist(new Specialist("kari", "Kari Nordmo", created, NOW));
                    return created;
                });
                Specialist kari = em.createQuery("SELECT s FROM Specialist s WHERE s.team = :team", Specialist.class)
                        .setParameter("team", team).getSingleResult();
                Participant participant = new Participant(kari, new ParticipantProfile(reference, "ÆØ", Program.IPS, null,
                        LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, null), NOW);
                if (preferences != null) {
                    participant.statePreferences(preferences, NOW);
                }
                em.persist(participant);
                em.flush();
                return participant.id();
            });
        } finally {
            em.close();
        }
    }
}
