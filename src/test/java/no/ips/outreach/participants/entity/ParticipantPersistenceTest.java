package no.ips.outreach.participants.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipantPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void preferencesReadBackWithOccupationsInPriorityOrder(Databases database) {
        emf = database.migratedPersistenceUnit("participant_reload");
        var em = emf.createEntityManager();
        var preferences = new JobPreferences(List.of("9412", "5120", "5223"), Set.of("56", "10.7"), Set.of("87"),
                new BigDecimal("15.5"), new BigDecimal("30.0"), Set.of(Shift.DAY, Shift.WEEKEND), 40, null,
                new HomeArea("8006", "1804", 67.28, 14.40), true, Set.of("no", "so"), LocalDate.of(2026, 4, 1),
                "Fagbrev som kokk", "Stødig og blid");
        Long id = Tx.call(em, () -> {
            Team team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
            em.persist(team);
            Specialist kari = new Specialist("kari", "Kari Nordmo", team, NOW);
            em.persist(kari);
            Participant participant = new Participant(kari, new ParticipantProfile("HOST-7", "ÆØ", Program.IPS, null,
                    LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, null), NOW);
            participant.statePreferences(preferences, NOW);
            em.persist(participant);
            em.flush();
            return participant.id();
        });
        em.close();

        var reader = emf.createEntityManager();
        Participant read = reader.find(Participant.class, id);

        assertThat(read.preferences()).isEqualTo(preferences);
        assertThat(read.profile().alias()).isEqualTo("ÆØ");
        assertThat(read.specialist().team().code()).isEqualTo("nav-bodo");
        reader.close();
    }
}
