package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.entity.ContactSummary;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmployerNearSearchTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final double BODO_LAT = 67.2804;
    private static final double BODO_LON = 14.4049;

    private EntityManagerFactory emf;
    private EntityManager em;

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private EmployerStore storeWithEmployersAroundBodo(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        Tx.run(em, () -> {
            em.persist(TestEmployers.named("Fauske Sag").at(67.2590, 15.3940).build(NOW));
            em.persist(TestEmployers.named("Mo Industripark").at(66.3128, 14.1428).build(NOW));
            em.persist(TestEmployers.named("Tromsø Havn").at(69.6492, 18.9553).build(NOW));
            em.persist(TestEmployers.named("Bodø Torg").at(67.2830, 14.3800).build(NOW));
            em.persist(TestEmployers.named("Without coordinates").build(NOW));
        });
        em.clear();
        return EmployerControls.store(em, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static EmployerSearch nearBodo(double radiusKm) {
        return new EmployerSearch(null, null, null, null, null, null, BODO_LAT, BODO_LON, radiusKm, false);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRadiusSearchFindsOnlyEmployersWithinItNearestFirst(Databases database) {
        var store = storeWithEmployersAroundBodo(database, "near_radius");

        Page<EmployerMatch> page = store.search(nearBodo(120), new PageRequest(0, 50, "distance", false));

        assertThat(page.items()).extracting(match -> match.employer().name())
                .containsExactly("Bodø Torg", "Fauske Sag", "Mo Industripark");
        assertThat(page.total()).isEqualTo(3);
        for (EmployerMatch match : page.items()) {
            var address = match.employer().address();
            assertThat(match.distanceKm()).isCloseTo(
                    GreatCircle.km(BODO_LAT, BODO_LON, address.latitude(), address.longitude()), within(1e-9));
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aRadiusSearchCanBeSortedByNameAndPaged(Databases database) {
        var store = storeWithEmployersAroundBodo(database, "near_paged");

        Page<EmployerMatch> page = store.search(nearBodo(400), new PageRequest(1, 2, "name", false));

        assertThat(page.items()).extracting(match -> match.employer().name()).containsExactly("Fauske Sag", "Mo Industripark");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.nextOffset()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anEmployerJustOutsideTheRadiusIsLeftOut(Databases database) {
        var store = storeWithEmployersAroundBodo(database, "near_edge");
        double fauske = GreatCircle.km(BODO_LAT, BODO_LON, 67.2590, 15.3940);

        assertThat(store.search(nearBodo(fauske + 0.01), new PageRequest(0, 50, "distance", false)).items())
                .extracting(match -> match.employer().name()).contains("Fauske Sag");
        assertThat(store.search(nearBodo(fauske - 0.01), new PageRequest(0, 50, "distance", false)).items())
                .extracting(match -> match.employer().name()).containsExactly("Bodø Torg");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void contactSummariesForSomeEmployersAgreeWithTheEmployerContactSummaryView(Databases database) {
        var store = storeWithEmployersAroundBodo(database, "near_summaries");
        long torg = store.search(nearBodo(5), new PageRequest(0, 10, "distance", false)).items().get(0).employer().id();
        Tx.run(em, () -> {
            for (String at : new String[] {"2026-03-01T09:00:00Z", "2026-03-05T09:00:00Z"}) {
                em.persist(new Visit("kari", new VisitDetails(torg, null, Instant.parse(at), 30, 10,
                        at.contains("05") ? VisitMode.PHONE : VisitMode.IN_PERSON, VisitPurpose.GENERAL_JOB_DEVELOPMENT,
                        ContactQuality.DESCRIBES_STRENGTHS, null, null, null, null, Set.of()), NOW));
            }
        });
        em.clear();

        ContactSummary summed = store.contactSummaries(List.of(torg, -1L)).get(torg);
        ContactSummary viewed = store.contacts(torg);

        assertThat(summed.contactCount()).isEqualTo(viewed.contactCount()).isEqualTo(2);
        assertThat(summed.faceToFaceCount()).isEqualTo(viewed.faceToFaceCount()).isEqualTo(1);
        assertThat(summed.lastContactAt()).isEqualTo(viewed.lastContactAt()).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
        assertThat(summed.lastFaceToFaceAt()).isEqualTo(viewed.lastFaceToFaceAt());
        assertThat(store.contactSummaries(List.of(-1L))).isEmpty();
    }
}
