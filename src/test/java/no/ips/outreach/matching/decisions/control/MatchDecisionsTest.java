package no.ips.outreach.matching.decisions.control;

import no.ips.outreach.events.control.EventControls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.matching.decisions.entity.MatchStep;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.Openings;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.PreferenceChange;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Match decisions through JPA on both databases: their history, one per participant and opening, and declines. */
class MatchDecisionsTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant PROPOSED = Instant.parse("2026-03-02T09:00:00.123456Z");
    private static final Instant DECLINED = Instant.parse("2026-03-03T09:00:00.654321Z");
    private static final Instant AFTERWARDS = Instant.parse("2026-03-04T12:00:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private MatchDecisions decisions;
    private Employer employer;
    private Participant participant;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        decisions = new MatchDecisions();
        decisions.em = em;
        decisions.clock = Clock.fixed(AFTERWARDS, ZoneOffset.UTC);
        decisions.events = EventControls.domainEvents(em, decisions.clock);
        employer = TestEmployers.named("Bodø Kantine").build(REGISTERED);
        Tx.run(em, () -> {
            Team team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", REGISTERED);
            em.persist(team);
            Specialist kari = new Specialist("kari", "Kari Nordmo", team, REGISTERED);
            em.persist(kari);
            participant = new Participant(kari, new ParticipantProfile("HOST-1", "AH", Program.IPS, null,
                    LocalDate.of(2026, 2, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, null), REGISTERED);
            em.persist(participant);
            em.persist(employer);
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private JobOpening opening() {
        JobOpening opening = new JobOpening("kari", Openings.cook(employer.id()), REGISTERED);
        Tx.run(em, () -> em.persist(opening));
        return opening;
    }

    private MatchDecision proposed(JobOpening opening) {
        MatchDecision decision = new MatchDecision(participant.id(), opening.id(), "kari", "Wants kitchen work", PROPOSED);
        Tx.run(em, () -> em.persist(decision));
        return decision;
    }

    private void move(MatchDecision decision, MatchStage to, Instant at) {
        Tx.run(em, () -> em.find(MatchDecision.class, decision.id()).moveTo(to, "kari", "asked", at));
        em.clear();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aDecisionReadsBackWithEveryStepInOrder(Databases database) {
        open(database, "match_history");
        MatchDecision decision = proposed(opening());
        move(decision, MatchStage.INTERESTED, DECLINED);
        move(decision, MatchStage.INTRODUCED, AFTERWARDS);

        var reader = emf.createEntityManager();
        MatchDecision read = reader.find(MatchDecision.class, decision.id());

        assertThat(read.stage()).isEqualTo(MatchStage.INTRODUCED);
        assertThat(read.stageChangedAt()).isEqualTo(AFTERWARDS);
        assertThat(read.version()).isEqualTo(3);
        assertThat(read.steps()).extracting(MatchStep::stage)
                .containsExactly(MatchStage.PROPOSED, MatchStage.INTERESTED, MatchStage.INTRODUCED);
        assertThat(read.steps().get(0).takenAt()).isEqualTo(PROPOSED);
        assertThat(read.steps().get(0).reason()).isEqualTo("Wants kitchen work");
        reader.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void thereIsOneDecisionPerParticipantAndOpening(Databases database) {
        open(database, "match_unique");
        JobOpening opening = opening();
        proposed(opening);

        assertThatThrownBy(() -> proposed(opening)).isInstanceOf(PersistenceException.class);
        em.clear();
        assertThat(em.createQuery("SELECT COUNT(d) FROM MatchDecision d", Long.class).getSingleResult()).isEqualTo(1);
        proposed(opening());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void declinedOpeningsAreThoseDeclinedWhereNothingChangedSince(Databases database) {
        open(database, "match_declined");
        JobOpening declined = opening();
        JobOpening revisedSince = opening();
        JobOpening interested = opening();
        move(proposed(declined), MatchStage.DECLINED, DECLINED);
        move(proposed(revisedSince), MatchStage.DECLINED, DECLINED);
        move(proposed(interested), MatchStage.INTERESTED, DECLINED);
        Tx.run(em, () -> em.find(JobOpening.class, revisedSince.id())
                .revise(Openings.withHours(Openings.cook(employer.id()), "20"), AFTERWARDS));
        em.clear();

        assertThat(decisions.declinedOpenings(participant.id())).containsExactly(declined.id());
        assertThat(decisions.declinedOpenings(Set.of(participant.id(), -1L)))
                .as("asked for many at once, the same answer").isEqualTo(Map.of(participant.id(), Set.of(declined.id())));

        Tx.run(em, () -> em.persist(new PreferenceChange(participant.id(), "kari", AFTERWARDS,
                new FieldChange("hoursMax", "37.5", "20"))));
        em.clear();

        assertThat(decisions.declinedOpenings(participant.id())).isEmpty();
        assertThat(decisions.declinedOpenings(Set.of(participant.id()))).isEmpty();
    }
}
