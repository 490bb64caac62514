package no.ips.outreach.planning.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.ips.outreach.planning.entity.CalendarFeed;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Calendar subscriptions through JPA on both databases: found by their token's hash, one live per user. */
class CalendarFeedsTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.123456Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private CalendarFeeds feeds;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        feeds = new CalendarFeeds();
        feeds.em = em;
        feeds.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aFeedIsFoundByItsTokenAndTheDatabaseHoldsOnlyItsHash(Databases database) {
        open(database, "feed_hash");
        CalendarFeed.Issued issued = Tx.call(em, () -> feeds.renew("kari"));
        em.clear();

        assertThat(Tx.call(em, () -> feeds.owner(issued.token()))).contains("kari");
        assertThat(Tx.call(em, () -> feeds.owner(issued.token() + "x"))).isEmpty();
        assertThat(Tx.call(em, () -> feeds.live("kari"))).get().extracting(CalendarFeed::createdAt).isEqualTo(NOW);
        String stored = (String) em.createNativeQuery("SELECT token_hash FROM calendar_feed").getSingleResult();
        assertThat(stored).hasSize(64).isEqualTo(CalendarFeed.hash(issued.token())).doesNotContain(issued.token());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void renewingRevokesTheOldTokenAndRevokingLeavesNone(Databases database) {
        open(database, "feed_renew");
        CalendarFeed.Issued first = Tx.call(em, () -> feeds.renew("kari"));
        CalendarFeed.Issued second = Tx.call(em, () -> feeds.renew("kari"));
        em.clear();

        assertThat(second.token()).isNotEqualTo(first.token()).hasSize(43);
        assertThat(Tx.call(em, () -> feeds.owner(first.token()))).isEmpty();
        assertThat(Tx.call(em, () -> feeds.owner(second.token()))).contains("kari");
        assertThat(Tx.call(em, () -> feeds.revoke("kari"))).isTrue();
        em.clear();
        assertThat(Tx.call(em, () -> feeds.owner(second.token()))).isEmpty();
        assertThat(Tx.call(em, () -> feeds.live("kari"))).isEmpty();
        assertThat(Tx.call(em, () -> feeds.revoke("kari"))).isFalse();
    }
}
