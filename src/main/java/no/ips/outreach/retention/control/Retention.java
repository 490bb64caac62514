package no.ips.outreach.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.control.Anonymisation;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.retention.entity.RetentionPolicy;
import no.ips.outreach.retention.entity.RetentionRun;

/**
 * Anonymises the participants whose retention period is over and deletes the access-log rows past theirs, in one
 * transaction that holds the lock on the job's {@code scheduled_job} row: two instances of a cluster (or a schedule
 * and an administrator) never run it at once, and a run that fails leaves nothing half done.
 */
@ApplicationScoped
@Transactional
public class Retention {

    /** Who the access log names for what the schedule does. */
    public static final String SYSTEM_USER = "system:retention";
    static final String JOB = "retention";
    private static final Logger LOG = Logger.getLogger(Retention.class.getName());

    /**
     * Finished, not yet anonymised, and nothing has happened to them since the cutoff: no change to the record
     * (a status change included), no visit that named them, no job that started, ended or still runs.
     */
    private static final String DUE_FOR_ANONYMISATION = """
            SELECT p.id FROM participant p
            WHERE p.status = 'CLOSED' AND p.anonymised_at IS NULL AND p.updated_at < ?
              AND NOT EXISTS (SELECT 1 FROM visit_participant vp JOIN visit v ON v.id = vp.visit_id
                              WHERE vp.participant_id = p.id AND v.started_at >= ?)
              AND NOT EXISTS (SELECT 1 FROM job_start j
                              WHERE j.participant_id = p.id AND (j.end_date IS NULL OR j.end_date >= ? OR j.start_date >= ?))
            ORDER BY p.id""";

    private static final String ENDED_EVENTS = """
            SELECT e.id FROM outbox_event e
            WHERE e.occurred_at < ?
              AND NOT EXISTS (SELECT 1 FROM webhook_delivery d
                              WHERE d.event_id = e.id AND d.status IN ('PENDING', 'FAILING'))
            ORDER BY e.id""";
    private static final int EVENTS_PER_STATEMENT = 1000;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Anonymisation anonymisation;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /** The schedule's call: runs if the job is due, and books the next run; empty if another instance got there first. */
    public Optional<RetentionRun> runIfDue(RetentionPolicy policy, Duration every, String instance) {
        Instant now = clock.instant();
        Instant due = lockJob();
        if (due.isAfter(now)) {
            return Optional.empty();
        }
        em.createNativeQuery("UPDATE scheduled_job SET next_run_at = ? WHERE name = ?")
                .setParameter(1, timestamp(now.plus(every))).setParameter(2, JOB).executeUpdate();
        return Optional.of(run(policy, "schedule@" + instance, now));
    }

    /** An administrator's call: runs now, whenever the schedule's next run is due. */
    public RetentionRun runNow(RetentionPolicy policy, String username) {
        lockJob();
        return run(policy, username, clock.instant());
    }

    public List<RetentionRun> latest(int limit) {
        return em.createQuery("SELECT r FROM RetentionRun r ORDER BY r.startedAt DESC, r.id DESC", RetentionRun.class)
                .setMaxResults(limit).getResultList();
    }

    public Optional<RetentionRun> find(long id) {
        return Optional.ofNullable(em.find(RetentionRun.class, id));
    }

    private RetentionRun run(RetentionPolicy policy, String startedBy, Instant now) {
        Instant participantsCutoff = policy.participantsCutoff(now);
        List<Long> due = dueForAnonymisation(participantsCutoff);
        for (Long id : due) {
            anonymisation.apply(em.find(Participant.class, id), now);
        }
        em.flush();
        if (!due.isEmpty()) {
            accessLog.record(SYSTEM_USER, due, AccessAction.ANONYMISE);
        }
        Instant accessLogCutoff = policy.accessLogCutoff(now);
        int deleted = em.createNativeQuery("DELETE FROM participant_access WHERE accessed_at < ?")
                .setParameter(1, timestamp(accessLogCutoff)).executeUpdate();
        Instant eventsCutoff = policy.eventsCutoff(now);
        long events = deleteEndedEvents(eventsCutoff);
        RetentionRun run = new RetentionRun(startedBy, now, clock.instant(), participantsCutoff, due.size(),
                accessLogCutoff, deleted, eventsCutoff, events);
        em.persist(run);
        em.flush();
        LOG.info(() -> "Retention run by " + startedBy + ": " + run.participantsAnonymised() + " participant(s) closed and "
                + "untouched since " + participantsCutoff + " anonymised, " + deleted + " access-log row(s) from before "
                + accessLogCutoff + " deleted, " + events + " outbox event(s) from before " + eventsCutoff + " deleted");
        return run;
    }

    /**
     * Deletes the outbox events from before the cutoff whose deliveries have all ended, with those deliveries. An
     * event still on its way (pending or failing) is kept whatever its age: losing it would break at-least-once.
     * The ids are read first, since MySQL refuses a DELETE whose subquery reads the table it deletes from.
     */
    private long deleteEndedEvents(Instant cutoff) {
        long deleted = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery(ENDED_EVENTS).setParameter(1, timestamp(cutoff))
                    .setMaxResults(EVENTS_PER_STATEMENT).getResultList();
            if (ids.isEmpty()) {
                return deleted;
            }
            // ids read from the database just now: numbers, never text from a request
            String in = ids.stream().map(id -> Long.toString(id.longValue())).collect(Collectors.joining(","));
            em.createNativeQuery("DELETE FROM webhook_delivery WHERE event_id IN (" + in + ")").executeUpdate();
            deleted += em.createNativeQuery("DELETE FROM outbox_event WHERE id IN (" + in + ")").executeUpdate();
        }
    }

    private List<Long> dueForAnonymisation(Instant cutoff) {
        Timestamp at = timestamp(cutoff);
        java.sql.Date day = java.sql.Date.valueOf(LocalDateTime.ofInstant(cutoff, ZoneOffset.UTC).toLocalDate());
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(DUE_FOR_ANONYMISATION)
                .setParameter(1, at).setParameter(2, at).setParameter(3, day).setParameter(4, day).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Waits for any other run to end, then holds the job until this transaction ends; returns when it is due. */
    private Instant lockJob() {
        Object due = em.createNativeQuery("SELECT next_run_at FROM scheduled_job WHERE name = ? FOR UPDATE")
                .setParameter(1, JOB).getSingleResult();
        return instant(due);
    }

    // Columns hold UTC wall time (see UtcInstantConverter); Timestamp.valueOf keeps the wall time as it is.
    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Object column) {
        LocalDateTime wall = column instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) column;
        return wall.toInstant(ZoneOffset.UTC);
    }
}
