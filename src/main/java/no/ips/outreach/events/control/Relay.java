package no.ips.outreach.events.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the outbox's deliveries, in every instance: each poll takes the due ones in order, leases each
 * ({@link Deliveries#claim}) so that only one relay sends it, sends it, and records the outcome. A relay killed
 * mid-send leaves a lease that runs out, and the delivery is sent again: at least once.
 */
@ApplicationScoped
public class Relay {

    private static final Logger LOG = Logger.getLogger(Relay.class.getName());
    private static final int BATCH = 50;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Longer than a send can take (connect plus request timeout), so a lease never runs out under a live send. */
    private static final Duration LEASE = Duration.ofSeconds(60);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    EventSettings settings;

    @Inject
    Deliveries deliveries;

    @Inject
    Clock clock;

    /** Unique per start, so a restarted instance never mistakes an old lease for its own. */
    private final String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private ScheduledFuture<?> polling;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.relay()) {
            LOG.info("Events stay in the outbox: this instance runs no relay (outreach.events.relay=false)");
            return;
        }
        long every = settings.poll().toMillis();
        polling = executor.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    void poll() {
        try {
            // one round sends at most one delivery per participant and subscription: the next waits for the next
            // round, after the earlier one is recorded
            for (long id : deliveries.due(clock.instant(), BATCH)) {
                Instant now = clock.instant();
                if (deliveries.claim(id, name, now, now.plus(LEASE))) {
                    deliveries.work(id).ifPresent(this::send);
                }
            }
        } catch (RuntimeException e) {
            // the database may be away for a while; the next poll tries again, and the schedule must not die of it
            LOG.log(Level.WARNING, "Event relay poll failed; the next is in " + settings.poll(), e);
        }
    }

    private void send(Deliveries.Work work) {
        long id = work.delivery().id();
        String error;
        try {
            SignedMessage message = SignedMessage.of(work.event(), settings.source(), work.subscription().secret(),
                    clock.instant());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(work.subscription().url())).timeout(TIMEOUT)
                    .POST(HttpRequest.BodyPublishers.ofString(message.body()));
            message.headers().forEach(request::header);
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(id, name, clock.instant());
                return;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        int tries = work.delivery().tries() + 1;
        Instant next = clock.instant().plus(settings.backoff().after(tries, ThreadLocalRandom.current()));
        deliveries.failed(id, name, error, next, settings.tries());
    }

    @PreDestroy
    void stop() {
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
