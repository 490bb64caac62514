package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmployerSearchTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final PageRequest BY_NAME = new PageRequest(0, 50, "name", false);

    private EntityManagerFactory emf;
    private EntityManager em;
    private EmployerStore store;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        store = EmployerControls.store(em, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        if (emf != null) {
            emf.close();
        }
    }

    private Employer save(TestEmployers employer) {
        Employer saved = employer.build(NOW.minus(Duration.ofDays(400)));
        Tx.run(em, () -> em.persist(saved));
        return saved;
    }

    private void visit(Employer employer, Duration ago, VisitMode mode) {
        Tx.run(em, () -> em.persist(new Visit("kari", Visits.of(employer.id(), NOW.minus(ago), mode), NOW)));
    }

    private static EmployerSearch everything() {
        return new EmployerSearch(null, null, null, null, null, null, null, null, null, false);
    }

    private List<String> names(EmployerSearch search) {
        em.clear();
        return store.search(search, BY_NAME).items().stream().map(match -> match.employer().name()).toList();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void nameTextMatchesAnywhereIgnoringCaseAndTakesWildcardsLiterally(Databases database) {
        open(database, "search_text");
        save(TestEmployers.named("Rema 1000 Sentrum"));
        save(TestEmployers.named("Coop Extra Rønvik"));
        save(TestEmployers.named("100% Sportsbutikk"));

        assertThat(names(new EmployerSearch("rema", null, null, null, null, null, null, null, null, false)))
                .containsExactly("Rema 1000 Sentrum");
        assertThat(names(new EmployerSearch("100%", null, null, null, null, null, null, null, null, false)))
                .containsExactly("100% Sportsbutikk");
        assertThat(names(new EmployerSearch("%", null, null, null, null, null, null, null, null, false)))
                .containsExactly("100% Sportsbutikk");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void municipalityIndustryPrefixAndTagNarrowTheList(Databases database) {
        open(database, "search_filters");
        save(TestEmployers.named("Kafé Bodø").industry("56.101").municipality("1804").tags("hospitality"));
        save(TestEmployers.named("Kantina").industry("56.21").municipality("1804"));
        save(TestEmployers.named("Kafé Fauske").industry("56.10").municipality("1841").tags("hospitality", "summer"));
        save(TestEmployers.named("Butikken").industry("47.111").municipality("1804").tags("retail"));

        assertThat(names(new EmployerSearch(null, "1804", null, null, null, null, null, null, null, false)))
                .containsExactly("Butikken", "Kafé Bodø", "Kantina");
        assertThat(names(new EmployerSearch(null, null, "56.1", null, null, null, null, null, null, false)))
                .containsExactly("Kafé Bodø", "Kafé Fauske");
        assertThat(names(new EmployerSearch(null, null, "56", null, null, null, null, null, null, false)))
                .containsExactly("Kafé Bodø", "Kafé Fauske", "Kantina");
        assertThat(names(new EmployerSearch(null, null, null, null, "hospitality", null, null, null, null, false)))
                .containsExactly("Kafé Bodø", "Kafé Fauske");
        assertThat(names(new EmployerSearch(null, "1804", "56", null, "hospitality", null, null, null, null, false)))
                .containsExactly("Kafé Bodø");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void archivedEmployersAreLeftOutUnlessAskedFor(Databases database) {
        open(database, "search_archived");
        save(TestEmployers.named("Open"));
        Employer closed = save(TestEmployers.named("Closed"));
        Tx.run(em, () -> closed.archive(NOW));

        assertThat(names(everything())).containsExactly("Open");
        assertThat(names(new EmployerSearch(null, null, null, null, null, null, null, null, null, true)))
                .containsExactly("Closed", "Open");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void notContactedForDaysFindsQuietAndNeverContactedEmployers(Databases database) {
        open(database, "search_quiet");
        visit(save(TestEmployers.named("Called last week")), Duration.ofDays(7), VisitMode.PHONE);
        visit(save(TestEmployers.named("Visited long ago")), Duration.ofDays(31), VisitMode.IN_PERSON);
        save(TestEmployers.named("Never contacted"));

        assertThat(names(new EmployerSearch(null, null, null, null, null, 30, null, null, null, false)))
                .containsExactly("Never contacted", "Visited long ago");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void sortingAndPagingReportTheTotalAndWhereTheNextPageStarts(Databases database) {
        open(database, "search_paging");
        for (String name : List.of("Alfa", "Bravo", "Charlie", "Delta", "Echo")) {
            save(TestEmployers.named(name));
        }

        Page<EmployerMatch> page = store.search(everything(), new PageRequest(1, 2, "name", true));

        assertThat(page.items()).extracting(match -> match.employer().name()).containsExactly("Delta", "Charlie");
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.nextOffset()).isEqualTo(3);
        assertThat(store.search(everything(), new PageRequest(4, 2, "name", true)).nextOffset()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theStageFilterAgreesWithTheStageEachEmployerShows(Databases database) {
        open(database, "search_stage");
        save(TestEmployers.named("Prospect"));
        visit(save(TestEmployers.named("Contacted")), Duration.ofDays(2), VisitMode.PHONE);
        Employer engaged = save(TestEmployers.named("Engaged"));
        visit(engaged, Duration.ofDays(40), VisitMode.IN_PERSON);
        visit(engaged, Duration.ofDays(180), VisitMode.IN_PERSON);
        visit(save(TestEmployers.named("Dormant")), Duration.ofDays(181), VisitMode.IN_PERSON);
        visit(save(TestEmployers.named("Partner").stageSetByHand(RelationshipStage.HIRING_PARTNER)),
                Duration.ofDays(300), VisitMode.PHONE);

        for (RelationshipStage stage : RelationshipStage.values()) {
            var matches = store.search(new EmployerSearch(null, null, null, stage, null, null, null, null, null, false), BY_NAME);
            assertThat(matches.items()).as(stage.name()).singleElement().satisfies(match -> {
                assertThat(match.employer().name()).isEqualToIgnoringCase(stage.name().replace("HIRING_", ""));
                assertThat(match.employer().stage(match.contacts(), NOW)).isEqualTo(stage);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theContactSummaryCountsVisitsAndRemembersTheLastMeetingInPerson(Databases database) {
        open(database, "search_summary");
        Employer employer = save(TestEmployers.named("Verkstedet"));
        visit(employer, Duration.ofDays(20), VisitMode.IN_PERSON);
        visit(employer, Duration.ofDays(10), VisitMode.IN_PERSON);
        visit(employer, Duration.ofDays(3), VisitMode.PHONE);
        visit(employer, Duration.ofDays(1), VisitMode.EVENT);
        em.clear();

        var summary = store.contacts(employer.id());
        assertThat(summary.contactCount()).isEqualTo(4);
        assertThat(summary.faceToFaceCount()).isEqualTo(2);
        assertThat(summary.lastContactAt()).isEqualTo(NOW.minus(Duration.ofDays(1)));
        assertThat(summary.lastFaceToFaceAt()).isEqualTo(NOW.minus(Duration.ofDays(10)));
        assertThat(employer.stage(summary, NOW)).isEqualTo(RelationshipStage.ENGAGED);

        Employer untouched = save(TestEmployers.named("Untouched"));
        assertThat(store.contacts(untouched.id()).contactCount()).isZero();
        assertThat(store.contacts(untouched.id()).lastContactAt()).isNull();
    }
}
