package no.ips.outreach.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.events.entity.WebhookDelivery;
import no.ips.outreach.events.entity.WebhookSubscription;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The outbox on both databases: written with the change or not at all, leased by one relay, kept in order. */
class OutboxTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private EntityManagerFactory emf;
    private EntityManager em;

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private void start(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
    }

    private long subscribe(Set<EventType> types) {
        return Tx.call(em, () -> {
            var s = new WebhookSubscription("http://127.0.0.1:1/hook", types, Subscriptions.generatedSecret(), "admin", NOW);
            em.persist(s);
            em.flush();
            return s.id();
        });
    }

    private long count(String entity) {
        em.clear();
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theEventAndItsDeliveriesCommitAndRollBackWithTheChange(Databases database) {
        start(database, "outbox_tx");
        long wanted = subscribe(Set.of(EventType.JOB_STARTED));
        subscribe(Set.of(EventType.OPENING_CREATED));
        Outbox outbox = EventControls.outbox(em, CLOCK);

        Tx.run(em, () -> outbox.record(EventType.JOB_STARTED, "job-starts/1", "NAV-1", Map.of("jobStartId", 1)));
        assertThat(count("OutboxEvent")).isEqualTo(1);
        List<WebhookDelivery> deliveries = em.createQuery("SELECT d FROM WebhookDelivery d", WebhookDelivery.class)
                .getResultList();
        assertThat(deliveries).singleElement().satisfies(d -> {
            assertThat(d.subscriptionId()).isEqualTo(wanted);
            assertThat(d.participantRef()).isEqualTo("NAV-1");
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        });

        // the change fails after its event was written: both go
        assertThatThrownBy(() -> Tx.run(em, () -> {
            em.persist(new WebhookSubscription("http://127.0.0.1:1/other", Set.of(EventType.JOB_ENDED),
                    Subscriptions.generatedSecret(), "admin", NOW));
            outbox.record(EventType.JOB_STARTED, "job-starts/2", "NAV-2", Map.of("jobStartId", 2));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");
        assertThat(count("OutboxEvent")).isEqualTo(1);
        assertThat(count("WebhookDelivery")).isEqualTo(1);
        assertThat(count("WebhookSubscription")).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void twoRelaysClaimingTheSameDeliveryAtOnceOnlyOneGetsIt(Databases database) throws Exception {
        start(database, "outbox_lease");
        subscribe(Set.of(EventType.JOB_STARTED));
        Outbox outbox = EventControls.outbox(em, CLOCK);
        Tx.run(em, () -> outbox.record(EventType.JOB_STARTED, "job-starts/1", "NAV-1", Map.of()));
        long id = EventControls.deliveries(em).due(NOW, 10).get(0);

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (String relay : List.of("relay-a", "relay-b")) {
                Callable<Boolean> claim = () -> {
                    EntityManager own = emf.createEntityManager();
                    try {
                        Deliveries deliveries = EventControls.deliveries(own);
                        together.await();
                        return Tx.call(own, () -> deliveries.claim(id, relay, NOW, NOW.plusSeconds(60)));
                    } finally {
                        own.close();
                    }
                };
                claims.add(pool.submit(claim));
            }
            int won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Deliveries deliveries = EventControls.deliveries(em);
        // leased: not due for anyone else until the lease runs out, then another relay may take it over
        assertThat(deliveries.due(NOW.plusSeconds(30), 10)).isEmpty();
        assertThat(Tx.call(em, () -> deliveries.claim(id, "relay-c", NOW.plusSeconds(30), NOW.plusSeconds(90)))).isFalse();
        assertThat(deliveries.due(NOW.plusSeconds(61), 10)).containsExactly(id);
        assertThat(Tx.call(em, () -> deliveries.claim(id, "relay-c", NOW.plusSeconds(61), NOW.plusSeconds(121)))).isTrue();
        // the relay that lost its lease cannot record an outcome any more
        Tx.run(em, () -> deliveries.delivered(id, "relay-a", NOW.plusSeconds(62)));
        Tx.run(em, () -> deliveries.delivered(id, "relay-b", NOW.plusSeconds(62)));
        em.clear();
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(WebhookDelivery.Status.PENDING);
        Tx.run(em, () -> deliveries.delivered(id, "relay-c", NOW.plusSeconds(62)));
        em.clear();
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aParticipantsLaterDeliveryWaitsWhileAnEarlierOneFails(Databases database) {
        start(database, "outbox_order");
        subscribe(Set.of(EventType.JOB_STARTED, EventType.JOB_ENDED));
        Outbox outbox = EventControls.outbox(em, CLOCK);
        Tx.run(em, () -> {
            outbox.record(EventType.JOB_STARTED, "job-starts/1", "NAV-1", Map.of());
            outbox.record(EventType.JOB_STARTED, "job-starts/2", "NAV-2", Map.of());
            outbox.record(EventType.JOB_ENDED, "job-starts/1", "NAV-1", Map.of());
        });
        Deliveries deliveries = EventControls.deliveries(em);
        List<Long> due = deliveries.due(NOW, 10);
        assertThat(due).hasSize(2);
        long first = due.get(0);
        Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1));
        Tx.run(em, () -> {
            assertThat(deliveries.claim(first, "relay", NOW, NOW.plusSeconds(60))).isTrue();
            deliveries.failed(first, "relay", "HTTP 503", NOW.plus(backoff.ceiling(1)), 3);
        });
        em.clear();
        // NAV-1's job end waits behind its failing job start; NAV-2 goes on
        assertThat(deliveries.due(NOW.plusSeconds(1), 10)).containsExactly(due.get(1));
        assertThat(deliveries.due(NOW.plusSeconds(11), 10)).containsExactly(first, due.get(1));
        WebhookDelivery failing = deliveries.find(first).orElseThrow();
        assertThat(failing.status()).isEqualTo(WebhookDelivery.Status.FAILING);
        assertThat(failing.tries()).isEqualTo(1);
        assertThat(failing.lastError()).isEqualTo("HTTP 503");
        OutboxEvent event = deliveries.event(failing.eventId()).orElseThrow();
        assertThat(event.type()).isEqualTo("no.ips.outreach.job.started");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void afterTheLastTryADeliveryIsDeadUntilRedelivered(Databases database) {
        start(database, "outbox_dead");
        subscribe(Set.of(EventType.JOB_STARTED));
        Tx.run(em, () -> EventControls.outbox(em, CLOCK).record(EventType.JOB_STARTED, "s", null, Map.of()));
        Deliveries deliveries = EventControls.deliveries(em);
        long id = deliveries.due(NOW, 1).get(0);
        for (int i = 0; i < 2; i++) {
            Instant at = NOW.plusSeconds(100L * i);
            Tx.run(em, () -> {
                assertThat(deliveries.claim(id, "relay", at, at.plusSeconds(60))).isTrue();
                deliveries.failed(id, "relay", "refused", at.plusSeconds(10), 2);
            });
        }
        em.clear();
        assertThat(deliveries.find(id).orElseThrow().status()).isEqualTo(WebhookDelivery.Status.DEAD);
        assertThat(deliveries.due(NOW.plusSeconds(1000), 10)).isEmpty();
        Tx.run(em, () -> deliveries.redeliver(id, NOW.plusSeconds(1000)));
        em.clear();
        assertThat(deliveries.find(id).orElseThrow().tries()).isZero();
        assertThat(deliveries.due(NOW.plusSeconds(1000), 10)).containsExactly(id);
    }
}
