package no.ips.outreach.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.audit.entity.WeekSignOff;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.events.control.EventControls;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;
import no.ips.outreach.visits.entity.VisitRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The weekly sign-off through JPA on both databases: a change after review reopens it, naming the change. */
class WeekReviewsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final IsoWeek WEEK_47 = IsoWeek.parse("week", "2026-W47");

    private EntityManagerFactory emf;
    private EntityManager em;
    private WeekReviews reviews;
    private Specialist kari;
    private Employer employer;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        reviews = new WeekReviews();
        reviews.em = em;
        reviews.contactLog = new ContactLog();
        reviews.contactLog.em = em;
        reviews.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reviews.ledger = new OutreachLedger();
        reviews.ledger.em = em;
        reviews.ledger.contactLog = reviews.contactLog;
        reviews.events = EventControls.domainEvents(em, reviews.clock);
        reviews.weeklyWithinDays = 7;
        Tx.run(em, () -> {
            Team team = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
            em.persist(team);
            kari = new Specialist("kari", "Kari Nordmo", team, NOW);
            em.persist(kari);
            employer = TestEmployers.named("Kafé Lyst").build(NOW);
            em.persist(employer);
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private Visit visit(String startedAt, VisitMode mode) {
        Visit visit = new Visit("kari", new VisitDetails(employer.id(), null, Instant.parse(startedAt), 45, 15, mode,
                VisitPurpose.GENERAL_JOB_DEVELOPMENT, ContactQuality.DESCRIBES_STRENGTHS, null, null, null, null,
                Set.of()), NOW);
        Tx.run(em, () -> em.persist(visit));
        return visit;
    }

    private WeekReview review() {
        em.clear();
        return reviews.of(List.of(kari.id()), ReportPeriod.ofWeek(WEEK_47)).get(0);
    }

    /** Current and changed sign-offs of week 47 in the team's weekly ledger, and current ones in November (by Thursday). */
    private List<Long> reviewLedger() {
        Object[] week = (Object[]) em.createNativeQuery("SELECT reviews_current, reviews_changed FROM outreach_team_week "
                + "WHERE week_start = ?").setParameter(1, WEEK_47.monday()).getSingleResult();
        Number month = (Number) em.createNativeQuery("SELECT reviews_current FROM outreach_review_month "
                + "WHERE month_key = 202611").getSingleResult();
        return List.of(((Number) week[0]).longValue(), ((Number) week[1]).longValue(), month.longValue());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aChangeAfterTheSignOffReopensTheReviewUntilSignedAgain(Databases database) {
        open(database, "review_lifecycle");
        visit("2026-11-16T09:00:00Z", VisitMode.IN_PERSON);
        visit("2026-11-17T09:00:00Z", VisitMode.IN_PERSON);
        visit("2026-11-18T09:00:00Z", VisitMode.PHONE);
        // Sunday 22 November 23:30 in Oslo still belongs to week 47
        Visit late = visit("2026-11-22T22:30:00Z", VisitMode.IN_PERSON);

        Tx.run(em, () -> reviews.signOff(kari, WEEK_47, "liv", null));
        WeekReview signed = review();
        assertThat(signed.isCurrent()).isTrue();
        assertThat(reviewLedger()).containsExactly(1L, 0L, 1L);
        assertThat(signed.signedBy()).isEqualTo("liv");
        assertThat(signed.contactsSigned()).isEqualTo(3);

        ContactFacts before = late.facts();
        Tx.run(em, () -> reviews.onVisit(new VisitRecorded("kari", late.id(), 2, "kari", before, before, Set.of())));
        Tx.run(em, () -> reviews.onVisit(VisitRecorded.logged("kari", 999, before)));
        WeekReview changed = review();
        assertThat(changed.isCurrent()).isFalse();
        assertThat(changed.changedVisitId()).as("the first change after review is the one named").isEqualTo(late.id());
        assertThat(changed.changedRevision()).isEqualTo(2);
        assertThat(changed.changedBy()).isEqualTo("kari");

        assertThat(reviewLedger()).as("the national ledger counts it as changed after review").containsExactly(0L, 1L, 0L);

        Tx.run(em, () -> reviews.signOff(kari, WEEK_47, "liv", null));
        assertThat(review().isCurrent()).isTrue();
        assertThat(review().changedVisitId()).isNull();
        assertThat(reviewLedger()).as("current again, in week 47 and in November").containsExactly(1L, 0L, 1L);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aVisitMovedOutOfASignedWeekReopensItsReview(Databases database) {
        open(database, "review_moved_out");
        Visit visit = visit("2026-11-17T09:00:00Z", VisitMode.IN_PERSON);
        Tx.run(em, () -> reviews.signOff(kari, WEEK_47, "liv", null));

        ContactFacts inWeek47 = visit.facts();
        ContactFacts inWeek48 = ContactFacts.of(Instant.parse("2026-11-23T08:00:00Z"), VisitMode.IN_PERSON, 45, 15,
                ContactQuality.DESCRIBES_STRENGTHS, false);
        Tx.run(em, () -> reviews.onVisit(new VisitRecorded("kari", visit.id(), 1, "kari", inWeek47, inWeek48, Set.of())));

        assertThat(review().isCurrent()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aWeekCanBeSignedOffFromItsLastWorkingDayAndNotBefore(Databases database) {
        open(database, "review_friday");
        Instant thursday = Instant.parse("2026-11-26T15:00:00Z");
        Instant friday = Instant.parse("2026-11-27T07:00:00Z");
        IsoWeek week48 = IsoWeek.parse("week", "2026-W48");

        var refused = catchThrowableOfType(ProblemException.class,
                () -> Tx.run(em, () -> reviews.signOff(kari, week48, "liv", null, thursday)));
        assertThat(refused.problem().status()).isEqualTo(422);
        assertThat(refused.problem().detail()).isEqualTo("2026-W48 has not reached its last working day; sign it off "
                + "from 2026-11-27, when its contacts can be logged.");

        Tx.run(em, () -> reviews.signOff(kari, week48, "liv", "Good week", friday));
        assertThat(em.find(WeekReview.class, new WeekReview.Key(kari.id(), week48.monday())).isWeekly()).isTrue();
        assertThat(em.createQuery("SELECT e FROM OutboxEvent e", OutboxEvent.class).getResultList())
                .as("only the sign-off that was written tells the host, by the specialist and the week")
                .extracting(OutboxEvent::type, OutboxEvent::subject)
                .containsExactly(tuple(EventType.WEEK_SIGNED_OFF.type(), "weeks/kari/2026-W48"));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSignOffLaterThanSevenDaysAfterTheWeekIsNoWeeklyReviewButKeepsTheMonthAndItsNote(Databases database) {
        open(database, "review_late");
        visit("2026-11-17T09:00:00Z", VisitMode.IN_PERSON);
        // week 47 ended on Sunday 22 November: the following Sunday is the last day in time
        Tx.run(em, () -> reviews.signOff(kari, WEEK_47, "liv", "In time", Instant.parse("2026-11-29T20:00:00Z")));
        assertThat(review().isWeekly()).isTrue();
        assertThat(reviewLedger()).containsExactly(1L, 0L, 1L);

        Tx.run(em, () -> reviews.signOff(kari, WEEK_47, "liv", "Signed again in December", Instant.parse("2026-12-03T09:00:00Z")));

        WeekReview late = review();
        assertThat(late.isCurrent()).isTrue();
        assertThat(late.isWeekly()).isFalse();
        assertThat(late.note()).isEqualTo("Signed again in December");
        assertThat(reviewLedger()).as("left the weekly count, still the month's").containsExactly(0L, 0L, 1L);
        assertThat(reviews.history(kari, WEEK_47)).extracting(WeekSignOff::note, WeekSignOff::inTime)
                .containsExactly(tuple("In time", true), tuple("Signed again in December", false));
    }
}
