package no.ips.outreach.visits.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static final PageRequest OLDEST_FIRST = new PageRequest(0, 50, "startedAt", false);

    private EntityManagerFactory emf;
    private EntityManager em;
    private VisitStore store;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        store = new VisitStore();
        store.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private Employer employer(String name) {
        Employer employer = TestEmployers.named(name).build(NOW);
        Tx.run(em, () -> em.persist(employer));
        return employer;
    }

    private Visit visit(String specialist, Employer employer, String startedAt, VisitMode mode) {
        Visit visit = new Visit(specialist, Visits.of(employer.id(), Instant.parse(startedAt), mode), NOW);
        Tx.run(em, () -> em.persist(visit));
        return visit;
    }

    private List<Long> ids(VisitFilter filter) {
        em.clear();
        return store.list(filter, OLDEST_FIRST).items().stream().map(Visit::id).toList();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void visitsAreFilteredBySpecialistEmployerAndMode(Databases database) {
        open(database, "visits_filters");
        Employer bakery = employer("Bakeriet");
        Employer garage = employer("Verkstedet");
        Visit kariAtBakery = visit("kari", bakery, "2026-03-02T09:00:00Z", VisitMode.IN_PERSON);
        Visit kariCallsGarage = visit("kari", garage, "2026-03-03T09:00:00Z", VisitMode.PHONE);
        Visit olaAtBakery = visit("ola", bakery, "2026-03-04T09:00:00Z", VisitMode.PHONE);

        assertThat(ids(new VisitFilter("kari", null, null, null, null, null))).containsExactly(kariAtBakery.id(), kariCallsGarage.id());
        assertThat(ids(new VisitFilter(null, bakery.id(), null, null, null, null))).containsExactly(kariAtBakery.id(), olaAtBakery.id());
        assertThat(ids(new VisitFilter(null, null, null, null, VisitMode.PHONE, null))).containsExactly(kariCallsGarage.id(), olaAtBakery.id());
        assertThat(ids(new VisitFilter("ola", garage.id(), null, null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void dateFiltersIncludeWholeDaysOnOsloTime(Databases database) {
        open(database, "visits_dates");
        Employer bakery = employer("Bakeriet");
        Visit lateOnThe9th = visit("kari", bakery, "2026-03-09T22:30:00Z", VisitMode.IN_PERSON); // 23:30 in Oslo
        Visit earlyOnThe10th = visit("kari", bakery, "2026-03-09T23:30:00Z", VisitMode.IN_PERSON); // 00:30 in Oslo
        Visit lateOnThe12th = visit("kari", bakery, "2026-03-12T22:59:59Z", VisitMode.IN_PERSON); // 23:59:59 in Oslo
        visit("kari", bakery, "2026-03-12T23:00:00Z", VisitMode.IN_PERSON); // midnight in Oslo: the 13th

        assertThat(ids(new VisitFilter(null, null, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 12), null, null)))
                .containsExactly(earlyOnThe10th.id(), lateOnThe12th.id());
        assertThat(ids(new VisitFilter(null, null, null, LocalDate.of(2026, 3, 9), null, null))).containsExactly(lateOnThe9th.id());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theNewestVisitsComeFirstWhenAskedAndPagesCarryTheTotal(Databases database) {
        open(database, "visits_paging");
        Employer bakery = employer("Bakeriet");
        Visit first = visit("kari", bakery, "2026-03-01T09:00:00Z", VisitMode.IN_PERSON);
        Visit second = visit("kari", bakery, "2026-03-02T09:00:00Z", VisitMode.IN_PERSON);
        Visit third = visit("kari", bakery, "2026-03-03T09:00:00Z", VisitMode.IN_PERSON);

        Page<Visit> page = store.list(new VisitFilter(null, null, null, null, null, null), new PageRequest(0, 2, "startedAt", true));

        assertThat(page.items()).extracting(Visit::id).containsExactly(third.id(), second.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.nextOffset()).isEqualTo(2);
        assertThat(store.list(new VisitFilter(null, null, null, null, null, null), new PageRequest(2, 2, "startedAt", true)).items())
                .extracting(Visit::id).containsExactly(first.id());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aVisitReadsBackWithEverythingTheSpecialistRecorded(Databases database) {
        open(database, "visits_reload");
        Employer bakery = employer("Bakeriet");
        var details = Visits.withNextStep(Visits.withNotes(Visits.inPerson(bakery.id(), Instant.parse("2026-03-02T09:15:30.5Z")),
                "wants two trainees"), "send CVs", LocalDate.of(2026, 3, 27));
        Visit visit = new Visit("kari", details, NOW);
        Tx.run(em, () -> em.persist(visit));
        em.clear();

        Visit found = store.find(visit.id()).orElseThrow();
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.specialist()).isEqualTo("kari");
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(store.find(visit.id() + 1000)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aReaderSeesTheirOwnTeamsVisitsAndNotAnotherTeams(Databases database) {
        open(database, "visits_scope");
        Team bodo = team("nav-bodo");
        Team tromso = team("nav-tromso");
        specialist("kari", bodo);
        specialist("ola", bodo);
        specialist("per", tromso);
        Employer bakery = employer("Bakeriet");
        Visit karis = visit("kari", bakery, "2026-03-02T09:00:00Z", VisitMode.IN_PERSON);
        Visit olas = visit("ola", bakery, "2026-03-03T09:00:00Z", VisitMode.IN_PERSON);
        Visit pers = visit("per", bakery, "2026-03-04T09:00:00Z", VisitMode.IN_PERSON);
        Visit teamless = visit("siv", bakery, "2026-03-05T09:00:00Z", VisitMode.IN_PERSON);

        var kari = new VisitScope("kari", Set.of(bodo.id()));
        var managerOfBoth = new VisitScope("liv", Set.of(bodo.id(), tromso.id()));
        var siv = new VisitScope("siv", Set.of());

        assertThat(ids(new VisitFilter(null, bakery.id(), null, null, null, kari))).containsExactly(karis.id(), olas.id());
        assertThat(ids(new VisitFilter(null, bakery.id(), null, null, null, managerOfBoth))).containsExactly(karis.id(), olas.id(), pers.id());
        assertThat(ids(new VisitFilter(null, bakery.id(), null, null, null, siv))).containsExactly(teamless.id());
        assertThat(ids(new VisitFilter(null, bakery.id(), null, null, null, null))).hasSize(4);
        assertThat(store.within(pers, kari)).isFalse();
        assertThat(store.within(olas, kari)).isTrue();
        assertThat(store.within(teamless, siv)).isTrue();
    }

    private Team team(String code) {
        Team team = new Team(code, code, TeamKind.NAV_OFFICE, null, NOW);
        Tx.run(em, () -> em.persist(team));
        return team;
    }

    private void specialist(String username, Team team) {
        Tx.run(em, () -> em.persist(new Specialist(username, username, team, NOW)));
    }
}
