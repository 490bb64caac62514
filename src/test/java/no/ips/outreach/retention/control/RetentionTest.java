package no.ips.outreach.retention.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.jobstarts.entity.JobStartTerms;
import no.ips.outreach.participants.control.ParticipantControls;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.retention.entity.RetentionPolicy;
import no.ips.outreach.retention.entity.RetentionRun;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which participants the retention run anonymises and which access-log rows it deletes, on both databases. */
class RetentionTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    /** 30 months ago: past the 24 months of the policy. */
    private static final Instant LONG_AGO = Instant.parse("2024-06-03T10:00:00Z");
    private static final RetentionPolicy POLICY = new RetentionPolicy(Period.ofMonths(24), Period.ofMonths(36), Period.ofDays(30));

    private EntityManagerFactory emf;
    private EntityManager em;
    private Specialist kari;
    private Employer employer;

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void closedParticipantsWithNothingSinceTheCutoffAreAnonymisedAndNoOneElse(Databases database) {
        start(database, "retention_who");
        long untouched = participant("Untouched", ParticipantStatus.CLOSED, LONG_AGO);
        long visitedLongAgo = participant("Visited long ago", ParticipantStatus.CLOSED, LONG_AGO);
        visit(visitedLongAgo, Instant.parse("2024-05-02T09:00:00Z"));
        long visitedLately = participant("Visited lately", ParticipantStatus.CLOSED, LONG_AGO);
        visit(visitedLately, Instant.parse("2025-03-10T09:00:00Z"));
        long jobEndedLately = participant("Job ended lately", ParticipantStatus.CLOSED, LONG_AGO);
        jobStart(jobEndedLately, LocalDate.of(2024, 1, 15), LocalDate.of(2025, 1, 31));
        long jobStillRunning = participant("Job still running", ParticipantStatus.CLOSED, LONG_AGO);
        jobStart(jobStillRunning, LocalDate.of(2024, 1, 15), null);
        long stillSearching = participant("Still searching", ParticipantStatus.JOB_SEARCH, LONG_AGO);
        long closedLately = participant("Closed lately", ParticipantStatus.CLOSED, Instant.parse("2025-11-01T08:00:00Z"));

        RetentionRun run = Tx.call(em, () -> retention(NOW).runNow(POLICY, "admin"));
        em.clear();

        assertThat(run.participantsAnonymised()).isEqualTo(2);
        assertThat(run.participantsCutoff()).isEqualTo(Instant.parse("2024-12-04T09:00:00Z"));
        assertThat(anonymised(untouched)).isTrue();
        assertThat(anonymised(visitedLongAgo)).isTrue();
        assertThat(em.find(Participant.class, untouched).profile().alias()).isEqualTo(Participant.ANONYMISED_ALIAS);
        assertThat(em.find(Participant.class, untouched).profile().externalRef()).isNull();
        for (long kept : List.of(visitedLately, jobEndedLately, jobStillRunning, stillSearching, closedLately)) {
            assertThat(anonymised(kept)).as("participant %d", kept).isFalse();
        }
        assertThat(accessRows("system:retention", AccessAction.ANONYMISE)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void accessLogRowsOlderThanTheirTimeAreDeletedAndTheRunIsRecorded(Databases database) {
        start(database, "retention_log");
        long participant = participant("Read often", ParticipantStatus.JOB_SEARCH, NOW.minus(Duration.ofDays(2000)));
        for (Instant at : List.of(Instant.parse("2023-01-01T00:00:00Z"), Instant.parse("2023-12-04T08:59:59Z"),
                Instant.parse("2023-12-04T09:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))) {
            Tx.run(em, () -> ParticipantControls.accessLog(em, Clock.fixed(at, ZoneOffset.UTC))
                    .record("kari", participant, AccessAction.READ));
        }

        RetentionRun run = Tx.call(em, () -> retention(NOW).runNow(POLICY, "admin"));

        assertThat(run.accessRowsDeleted()).isEqualTo(2);
        assertThat(accessRows("kari", AccessAction.READ)).as("the row at the cutoff and the newer one stay").isEqualTo(2);
        em.clear();
        List<RetentionRun> latest = retention(NOW).latest(10);
        assertThat(latest).hasSize(1);
        assertThat(latest.get(0).startedBy()).isEqualTo("admin");
        assertThat(latest.get(0).accessLogCutoff()).isEqualTo(Instant.parse("2023-12-04T09:00:00Z"));
    }

    /** Events name participants by the host's reference; once delivered (or dead) and past their time they go. */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void outboxEventsPastTheirTimeGoOnceEveryDeliveryHasEndedAndNoSooner(Databases database) {
        start(database, "retention_events");
        long subscription = Tx.call(em, () -> {
            em.createNativeQuery("INSERT INTO webhook_subscription (url, event_types, secret, created_by, created_at, version) "
                    + "VALUES ('https://host.example/hooks', '*', 'whsec_x', 'admin', ?, 1)")
                    .setParameter(1, java.sql.Timestamp.valueOf("2026-01-01 00:00:00")).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT MAX(id) FROM webhook_subscription").getSingleResult()).longValue();
        });
        long delivered = event("2026-10-01 08:00:00", subscription, "DELIVERED");
        long dead = event("2026-10-02 08:00:00", subscription, "DEAD");
        long stillFailing = event("2026-10-03 08:00:00", subscription, "FAILING");
        long partly = event("2026-10-04 08:00:00", subscription, "DELIVERED", "PENDING");
        long noSubscriber = event("2026-10-05 08:00:00", subscription);
        long recent = event("2026-11-20 08:00:00", subscription, "DELIVERED");

        RetentionRun run = Tx.call(em, () -> retention(NOW).runNow(POLICY, "admin"));

        assertThat(run.eventsDeleted()).isEqualTo(3);
        assertThat(run.eventsCutoff()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
        assertThat(events()).containsExactly(stillFailing, partly, recent);
        assertThat(events()).doesNotContain(delivered, dead, noSubscriber);
        assertThat(((Number) em.createNativeQuery("SELECT COUNT(*) FROM webhook_delivery").getSingleResult()).intValue())
                .as("the kept events' deliveries, and only theirs").isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theScheduleRunsOncePerIntervalAndBooksTheNextRun(Databases database) {
        start(database, "retention_due");
        Duration day = Duration.ofDays(1);

        Optional<RetentionRun> first = Tx.call(em, () -> retention(NOW).runIfDue(POLICY, day, "a"));
        Optional<RetentionRun> again = Tx.call(em, () -> retention(NOW.plus(Duration.ofHours(23))).runIfDue(POLICY, day, "b"));
        Optional<RetentionRun> nextDay = Tx.call(em, () -> retention(NOW.plus(day)).runIfDue(POLICY, day, "b"));

        assertThat(first).get().extracting(RetentionRun::startedBy).isEqualTo("schedule@a");
        assertThat(again).as("not due yet").isEmpty();
        assertThat(nextDay).get().extracting(RetentionRun::startedAt).isEqualTo(NOW.plus(day));
    }

    /** Two instances of a cluster ask at the same moment: the row lock lets exactly one of them run. */
    @ParameterizedTest
    @EnumSource(value = Databases.class, names = "MARIADB")
    void twoInstancesAskingAtOnceRunItOnce(Databases database) throws Exception {
        start(database, "retention_cluster");
        int instances = 4;
        CyclicBarrier together = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        List<Future<Optional<RetentionRun>>> asks = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            String instance = "instance-" + i;
            Callable<Optional<RetentionRun>> ask = () -> {
                EntityManager own = emf.createEntityManager();
                try {
                    together.await();
                    return Tx.call(own, () -> retention(own, NOW).runIfDue(POLICY, Duration.ofDays(1), instance));
                } finally {
                    own.close();
                }
            };
            asks.add(threads.submit(ask));
        }
        int ran = 0;
        try {
            for (Future<Optional<RetentionRun>> ask : asks) {
                ran += ask.get().isPresent() ? 1 : 0;
            }
        } finally {
            threads.shutdown();
        }

        assertThat(ran).isEqualTo(1);
        assertThat(retention(NOW).latest(10)).hasSize(1);
    }

    /** An outbox event at that UTC time with one delivery per status given; returns the event's id. */
    private long event(String at, long subscription, String... deliveries) {
        return Tx.call(em, () -> {
            em.createNativeQuery("INSERT INTO outbox_event (event_id, event_type, subject, participant_ref, occurred_at, data) "
                    + "VALUES (?, 'no.ips.outreach.visit.logged', 'visits/1', 'HOST-1', ?, '{}')")
                    .setParameter(1, java.util.UUID.randomUUID().toString())
                    .setParameter(2, java.sql.Timestamp.valueOf(at)).executeUpdate();
            long id = ((Number) em.createNativeQuery("SELECT MAX(id) FROM outbox_event").getSingleResult()).longValue();
            for (String status : deliveries) {
                em.createNativeQuery("INSERT INTO webhook_delivery (event_id, subscription_id, participant_ref, status, tries, "
                        + "next_attempt_at, version) VALUES (?, ?, 'HOST-1', ?, 1, ?, 1)")
                        .setParameter(1, id).setParameter(2, subscription).setParameter(3, status)
                        .setParameter(4, java.sql.Timestamp.valueOf(at)).executeUpdate();
            }
            return id;
        });
    }

    private List<Long> events() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM outbox_event ORDER BY id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private void start(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        Tx.run(em, () -> {
            Team team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", LONG_AGO);
            em.persist(team);
            kari = new Specialist("kari", "Kari Nordmo", team, LONG_AGO);
            em.persist(kari);
            employer = TestEmployers.named("Bodø Bakeri").build(LONG_AGO);
            em.persist(employer);
        });
    }

    private long participant(String alias, ParticipantStatus status, Instant lastChanged) {
        return Tx.call(em, () -> {
            Participant participant = new Participant(kari, new ParticipantProfile("HOST-" + alias.hashCode(), alias,
                    Program.IPS, null, LocalDate.of(2024, 1, 2), status, Disclosure.GENERAL, null), lastChanged);
            em.persist(participant);
            em.flush();
            return participant.id();
        });
    }

    private void visit(long participant, Instant at) {
        Tx.run(em, () -> em.persist(new Visit("kari", new VisitDetails(employer.id(), null, at, 45, 15, VisitMode.IN_PERSON,
                VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, ContactQuality.DESCRIBES_STRENGTHS, null, null, null, null,
                Set.of(new ParticipantLink(participant, Disclosure.GENERAL))), at)));
    }

    private void jobStart(long participant, LocalDate from, LocalDate to) {
        Tx.run(em, () -> em.persist(new JobStart(new JobStartTerms(participant, employer.id(), null, from, to,
                new BigDecimal("20"), "5120", true), LocalDate.of(2024, 1, 2), "kari", LONG_AGO)));
    }

    private boolean anonymised(long participant) {
        return em.find(Participant.class, participant).isAnonymised();
    }

    private long accessRows(String username, AccessAction action) {
        return em.createQuery("SELECT COUNT(a) FROM AccessRecord a WHERE a.username = :u AND a.action = :a", Long.class)
                .setParameter("u", username).setParameter("a", action).getSingleResult();
    }

    private Retention retention(Instant now) {
        return retention(em, now);
    }

    private static Retention retention(EntityManager em, Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        var retention = new Retention();
        retention.em = em;
        retention.clock = clock;
        retention.anonymisation = ParticipantControls.anonymisation(em);
        retention.accessLog = ParticipantControls.accessLog(em, clock);
        return retention;
    }
}
