package no.ips.outreach.openings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.openings.entity.Openings;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Listing openings through JPA on both databases: filters, derived expiry, sorting and distance. */
class OpeningStoreTest {

    /** Registered on 1 March; the lists are read on 20 March. */
    private static final Instant REGISTERED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    private static final PageRequest NEWEST_FIRST = new PageRequest(0, 50, "created", true);
    private static final double BODO_LAT = 67.2804;
    private static final double BODO_LON = 14.4049;

    private EntityManagerFactory emf;
    private EntityManager em;
    private OpeningStore store;
    private Employer bodo;
    private Employer fauske;
    private int registered;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        store = OpeningControls.store(em, Clock.fixed(NOW, ZoneOffset.UTC));
        bodo = TestEmployers.named("Bodø Torg").at(67.2830, 14.3800).build(REGISTERED);
        fauske = TestEmployers.named("Fauske Sag").municipality("1841").at(67.2590, 15.3940).build(REGISTERED);
        Tx.run(em, () -> {
            em.persist(bodo);
            em.persist(fauske);
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    /** Each opening registered a minute after the one before, at its employer's address. */
    private JobOpening opening(Employer employer, OpeningDetails details) {
        var at = employer.address();
        var place = new Address(at.street(), at.postcode(), at.city(), at.municipalityCode(), at.latitude(), at.longitude());
        JobOpening opening = new JobOpening("kari", details.at(place), REGISTERED.plusSeconds(60L * registered++));
        Tx.run(em, () -> em.persist(opening));
        return opening;
    }

    private List<Long> ids(OpeningFilter filter) {
        return ids(filter, NEWEST_FIRST);
    }

    private List<Long> ids(OpeningFilter filter, PageRequest page) {
        em.clear();
        return store.list(filter, page).items().stream().map(match -> match.opening().id()).toList();
    }

    private static OpeningFilter status(OpeningStatus status) {
        return new OpeningFilter(null, status, null, null, null, null, null);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void openingsAreFilteredByEmployerOccupationAndMunicipality(Databases database) {
        open(database, "openings_filters");
        JobOpening cook = opening(bodo, Openings.cook(bodo.id()));
        JobOpening cleaner = opening(bodo, Openings.withOccupation(Openings.cook(bodo.id()), "Renholder", "9112"));
        JobOpening sawmillCook = opening(fauske, Openings.cook(fauske.id()));

        assertThat(ids(new OpeningFilter(bodo.id(), null, null, null, null, null, null))).containsExactly(cleaner.id(), cook.id());
        assertThat(ids(new OpeningFilter(null, null, "512", null, null, null, null))).containsExactly(sawmillCook.id(), cook.id());
        assertThat(ids(new OpeningFilter(null, null, "9", null, null, null, null))).containsExactly(cleaner.id());
        assertThat(ids(new OpeningFilter(null, null, "5120", "1841", null, null, null))).containsExactly(sawmillCook.id());
        assertThat(ids(new OpeningFilter(fauske.id(), null, "9", null, null, null, null))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anOpenOpeningPastItsDeadlineIsListedAsExpiredNotOpen(Databases database) {
        open(database, "openings_expiry");
        JobOpening noDeadline = opening(bodo, Openings.cook(bodo.id()));
        JobOpening dueToday = opening(bodo, Openings.withDeadline(Openings.cook(bodo.id()), TODAY));
        JobOpening pastDeadline = opening(bodo, Openings.withDeadline(Openings.cook(bodo.id()), TODAY.minusDays(1)));
        JobOpening closedAsExpired = opening(bodo, Openings.cook(bodo.id()));
        JobOpening filled = opening(bodo, Openings.cook(bodo.id()));
        Tx.run(em, () -> {
            em.find(JobOpening.class, closedAsExpired.id()).close(OpeningStatus.EXPIRED, "ingen søkere", NOW);
            em.find(JobOpening.class, filled.id()).fill(null, NOW);
        });

        assertThat(ids(status(OpeningStatus.OPEN))).containsExactly(dueToday.id(), noDeadline.id());
        assertThat(ids(status(OpeningStatus.EXPIRED))).containsExactly(closedAsExpired.id(), pastDeadline.id());
        assertThat(ids(status(OpeningStatus.FILLED))).containsExactly(filled.id());
        assertThat(ids(status(OpeningStatus.CLOSED))).isEmpty();
        var shown = store.find(pastDeadline.id()).orElseThrow().state(NOW);
        assertThat(shown.status()).isEqualTo(OpeningStatus.EXPIRED);
        assertThat(shown.reason()).isEqualTo("application deadline passed");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void openingsSortByDeadlineWithNoDeadlineLastAndByTitle(Databases database) {
        open(database, "openings_sort");
        JobOpening none = opening(bodo, Openings.withOccupation(Openings.cook(bodo.id()), "Assistent", "5120"));
        JobOpening late = opening(bodo, Openings.withOccupation(Openings.withDeadline(Openings.cook(bodo.id()), TODAY.plusDays(30)), "Bud", "5120"));
        JobOpening soon = opening(bodo, Openings.withOccupation(Openings.withDeadline(Openings.cook(bodo.id()), TODAY.plusDays(2)), "Chef", "5120"));

        assertThat(ids(OpeningFilter.all(), new PageRequest(0, 50, "deadline", false))).containsExactly(soon.id(), late.id(), none.id());
        assertThat(ids(OpeningFilter.all(), new PageRequest(0, 50, "deadline", true))).containsExactly(none.id(), late.id(), soon.id());
        assertThat(ids(OpeningFilter.all(), new PageRequest(0, 50, "title", false))).containsExactly(none.id(), late.id(), soon.id());
        Page<OpeningMatch> page = store.list(OpeningFilter.all(), new PageRequest(1, 1, "created", false));
        assertThat(page.items()).extracting(match -> match.opening().id()).containsExactly(late.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.nextOffset()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aDistanceSearchFindsWorkplacesWithinTheRadiusNearestFirst(Databases database) {
        open(database, "openings_near");
        JobOpening sawmill = opening(fauske, Openings.cook(fauske.id()));
        JobOpening town = opening(bodo, Openings.cook(bodo.id()));
        double fauskeKm = GreatCircle.km(BODO_LAT, BODO_LON, 67.2590, 15.3940);

        em.clear();
        Page<OpeningMatch> near = store.list(new OpeningFilter(null, null, null, null, BODO_LAT, BODO_LON, 60.0),
                new PageRequest(0, 50, "distance", false));

        assertThat(near.items()).extracting(match -> match.opening().id()).containsExactly(town.id(), sawmill.id());
        assertThat(near.items().get(1).distanceKm()).isCloseTo(fauskeKm, within(1e-9));
        assertThat(ids(new OpeningFilter(null, null, null, null, BODO_LAT, BODO_LON, fauskeKm - 0.01),
                new PageRequest(0, 50, "distance", false))).containsExactly(town.id());
        assertThat(ids(new OpeningFilter(null, OpeningStatus.OPEN, "5120", null, BODO_LAT, BODO_LON, 60.0),
                new PageRequest(0, 50, "created", true))).containsExactly(town.id(), sawmill.id());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aWorkplaceWithoutCoordinatesIsNotFoundByDistance(Databases database) {
        open(database, "openings_nowhere");
        JobOpening somewhere = opening(bodo, Openings.cook(bodo.id()));
        JobOpening nowhere = new JobOpening("kari", Openings.cook(bodo.id()).at(new Address(null, null, null, "1804", null, null)), REGISTERED);
        Tx.run(em, () -> em.persist(nowhere));

        assertThat(ids(new OpeningFilter(null, null, null, null, BODO_LAT, BODO_LON, 50.0),
                new PageRequest(0, 50, "distance", false))).containsExactly(somewhere.id());
        assertThat(ids(new OpeningFilter(null, null, null, "1804", null, null, null))).contains(nowhere.id());
    }
}
