package no.ips.outreach.teams.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.SpecialistJoinedTeam;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TeamDirectoryTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);

    private EntityManagerFactory emf;
    private EntityManager em;
    private TeamDirectory teams;
    private SpecialistDirectory specialists;

    private RecordedEvents<SpecialistJoinedTeam> joined;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        teams = new TeamDirectory();
        teams.em = em;
        teams.clock = CLOCK;
        specialists = new SpecialistDirectory();
        specialists.em = em;
        specialists.clock = CLOCK;
        specialists.teams = teams;
        joined = new RecordedEvents<>();
        specialists.joined = joined;
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private <T> T inTx(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aTeamCodeIsUniqueAndManagersAreFoundByUserName(Databases database) {
        open(database, "teams_codes");
        Team bodo = inTx(() -> teams.create("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", null));
        Team aarhus = inTx(() -> teams.create("jc-aarhus", "Jobcenter Aarhus", TeamKind.JOBCENTRE, null, null));
        inTx(() -> teams.setManagers(bodo.id(), bodo.version(), Set.of("liv", "mona")));
        inTx(() -> teams.setManagers(aarhus.id(), aarhus.version(), Set.of("mona")));
        em.clear();

        var duplicate = catchThrowableOfType(ProblemException.class,
                () -> inTx(() -> teams.create("nav-bodo", "Another", TeamKind.NAV_OFFICE, null, null)));

        assertThat(duplicate.problem().status()).isEqualTo(409);
        assertThat(duplicate.problem().detail()).contains("NAV Bodø");
        assertThat(teams.managedBy("liv")).extracting(Team::code).containsExactly("nav-bodo");
        assertThat(teams.managedBy("mona")).extracting(Team::code).containsExactly("jc-aarhus", "nav-bodo");
        assertThat(teams.managedBy("kari")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSpecialistIsEnrolledFromTheTokenOnlyIntoAKnownTeam(Databases database) {
        open(database, "teams_enrol");
        Team bodo = inTx(() -> teams.create("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", null));

        var kari = inTx(() -> specialists.enrol("kari", "Kari Nordmo", "nav-bodo"));
        var again = inTx(() -> specialists.enrol("kari", "Kari Renamed", "nav-bodo"));
        var stranger = inTx(() -> specialists.enrol("per", "Per", "nav-nowhere"));
        var teamless = inTx(() -> specialists.enrol("siv", "Siv", null));
        em.clear();

        assertThat(kari).hasValueSatisfying(s -> {
            assertThat(s.displayName()).isEqualTo("Kari Nordmo");
            assertThat(s.weeklyHours()).isEqualByComparingTo("37.5");
        });
        assertThat(again.map(Specialist::id)).isEqualTo(kari.map(Specialist::id));
        assertThat(stranger).isEmpty();
        assertThat(teamless).isEmpty();
        assertThat(specialists.inTeams(Set.of(bodo.id()))).extracting(Specialist::username).containsExactly("kari");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anAdministratorRegistersASpecialistWithHoursAndOfficeOnce(Databases database) {
        open(database, "teams_register");
        Team bodo = inTx(() -> teams.create("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", null));
        var office = new Address("Storgata 4", "8006", "Bodø", "1804", 67.2838, 14.3803);
        inTx(() -> specialists.register("ingrid", "Ingrid Berg", bodo.id(), new BigDecimal("30.0"), office));
        em.clear();

        var duplicate = catchThrowableOfType(ProblemException.class, () -> inTx(() ->
                specialists.register("ingrid", "Ingrid B", bodo.id(), null, null)));
        Specialist ingrid = specialists.existing("ingrid");

        assertThat(duplicate.problem().status()).isEqualTo(409);
        assertThat(ingrid.weeklyHours()).isEqualByComparingTo("30");
        assertThat(ingrid.office().latitude()).isEqualTo(67.2838);
        assertThat(ingrid.team().code()).isEqualTo("nav-bodo");
        assertThat(catchThrowableOfType(ProblemException.class, () -> specialists.existing("nobody")).problem().status())
                .isEqualTo(404);
        assertThat(joined.fired()).containsExactly(new SpecialistJoinedTeam("ingrid", null, bodo.id()));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSpecialistWhoChangesTeamTakesTheirOutreachAlong(Databases database) {
        open(database, "teams_move");
        Team bodo = inTx(() -> teams.create("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", null));
        Team salten = inTx(() -> teams.create("nav-salten", "NAV Salten", TeamKind.NAV_OFFICE, "1841", null));
        Specialist kari = inTx(() -> specialists.enrol("kari", "Kari Nordmo", "nav-bodo")).orElseThrow();
        Specialist renamed = inTx(() -> specialists.update("kari", kari.version(), "Kari N.", bodo.id(), null, null));
        inTx(() -> specialists.update("kari", renamed.version(), "Kari N.", salten.id(), null, null));

        assertThat(joined.fired()).as("enrolled into Bodø, renamed without moving, then moved to Salten").containsExactly(
                new SpecialistJoinedTeam("kari", null, bodo.id()),
                new SpecialistJoinedTeam("kari", bodo.id(), salten.id()));
    }
}
