package no.ips.outreach.retention.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks every few minutes, in every instance, whether the retention job is due. The database decides who runs it
 * ({@link Retention#runIfDue}), so a cluster needs no leader and an instance that was down simply asks again.
 */
@ApplicationScoped
public class RetentionSchedule {

    private static final Logger LOG = Logger.getLogger(RetentionSchedule.class.getName());
    /** How often an instance asks; a run itself comes once per {@code outreach.retention.every}. */
    private static final Duration ASK_EVERY = Duration.ofMinutes(10);
    /** Lets the migrations and the first requests go first. */
    private static final Duration FIRST_ASK_AFTER = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    RetentionSettings settings;

    @Inject
    Retention retention;

    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private ScheduledFuture<?> asking;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!settings.scheduled()) {
            LOG.info("Retention runs only when an administrator starts one (outreach.retention.scheduled=false)");
            return;
        }
        Duration ask = ASK_EVERY.compareTo(settings.every()) < 0 ? ASK_EVERY : settings.every();
        asking = executor.scheduleWithFixedDelay(this::ask, FIRST_ASK_AFTER.toSeconds(), ask.toSeconds(), TimeUnit.SECONDS);
    }

    private void ask() {
        try {
            retention.runIfDue(settings.policy(), settings.every(), instance);
        } catch (RuntimeException e) {
            // the database may be away for a while; the next ask tries again, and the schedule must not die of it
            LOG.log(Level.WARNING, "Retention run failed; the next check is in " + ASK_EVERY.toMinutes() + " minutes", e);
        }
    }

    @PreDestroy
    void stop() {
        if (asking != null) {
            asking.cancel(false);
        }
    }
}
