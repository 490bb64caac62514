package no.ips.outreach.audit.control;

import no.ips.outreach.events.control.EventControls;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.SpecialistJoinedTeam;
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
import no.ips.outreach.visits.entity.VisitRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The outreach ledger through JPA on both databases: the national report read from it must agree, figure for figure,
 * with team reports read from the visit log itself, through corrections, team moves and concurrent logging.
 */
class OutreachLedgerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private static Instant mondayAfter(IsoWeek week) {
        return week.sunday().plusDays(1).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }
    private static final ReportPeriod AUTUMN = ReportPeriod.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 20));

    private EntityManagerFactory emf;
    private EntityManager em;
    private Team bodo;
    private Team tromso;
    private Specialist kari;
    private Specialist per;
    private final List<Employer> employers = new ArrayList<>();

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        Tx.run(em, () -> {
            bodo = new Team("nav-bodo", "NAV Bodø", TeamKind.NAV_OFFICE, "1804", NOW);
            tromso = new Team("nav-tromso", "NAV Tromsø", TeamKind.NAV_OFFICE, "5501", NOW);
            em.persist(bodo);
            em.persist(tromso);
            kari = new Specialist("kari", "Kari Nordmo", bodo, NOW);
            per = new Specialist("per", "Per Hansen", tromso, NOW);
            em.persist(kari);
            em.persist(per);
            for (int i = 0; i < 3; i++) {
                Employer employer = TestEmployers.named("Arbeidsgiver " + i).industry("56.101").build(NOW);
                em.persist(employer);
                employers.add(employer);
            }
        });
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private OutreachLedger ledger(EntityManager on) {
        OutreachLedger ledger = new OutreachLedger();
        ledger.em = on;
        ledger.contactLog = contactLog(on);
        return ledger;
    }

    private static ContactLog contactLog(EntityManager on) {
        ContactLog log = new ContactLog();
        log.em = on;
        return log;
    }

    private AuditReports reports() {
        AuditReports reports = new AuditReports();
        reports.contactLog = contactLog(em);
        reports.progress = new CaseloadProgress();
        reports.progress.em = em;
        reports.reviews = new WeekReviews();
        reports.reviews.em = em;
        reports.reviews.contactLog = reports.contactLog;
        reports.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reports.reviews.clock = reports.clock;
        reports.reviews.ledger = ledger(em);
        reports.reviews.weeklyWithinDays = 7;
        reports.reviews.events = EventControls.domainEvents(em, reports.clock);
        reports.holidays = new HolidayCalendars();
        return reports;
    }

    private NationalReports national() {
        NationalReports national = new NationalReports();
        national.em = em;
        national.reports = reports();
        national.progress = national.reports.progress;
        national.contactLog = national.reports.contactLog;
        national.holidays = national.reports.holidays;
        return national;
    }

    private static VisitDetails contact(Employer at, String startedAt, VisitMode mode, int meeting, int travel,
                                        ContactQuality quality) {
        return new VisitDetails(at.id(), null, Instant.parse(startedAt), meeting, travel, mode,
                VisitPurpose.GENERAL_JOB_DEVELOPMENT, quality, null, null, null, null, Set.of());
    }

    /** Logs as VisitLog does: the visit, then the event its observers keep the ledger with, in one transaction. */
    private Visit log(EntityManager on, Specialist by, VisitDetails details) {
        return Tx.call(on, () -> {
            Visit visit = new Visit(by.username(), details, NOW);
            on.persist(visit);
            on.flush();
            VisitRecorded logged = VisitRecorded.logged(by.username(), visit.id(), visit.facts());
            ledger(on).onVisit(logged);
            FirstContacts firstContacts = new FirstContacts();
            firstContacts.em = on;
            firstContacts.events = EventControls.domainEvents(on, Clock.systemUTC());
            firstContacts.onVisit(logged);
            return visit;
        });
    }

    private void correct(Visit visit, VisitDetails corrected) {
        Tx.run(em, () -> {
            Visit managed = em.find(Visit.class, visit.id());
            var before = managed.facts();
            Set<Long> former = managed.participants().stream().map(ParticipantLink::participantId).collect(Collectors.toSet());
            managed.correct(corrected, managed.specialist(), 1, NOW);
            em.flush();
            VisitRecorded correction = new VisitRecorded(managed.specialist(), managed.id(), 1, managed.specialist(),
                    before, managed.facts(), former);
            ledger(em).onVisit(correction);
            FirstContacts firstContacts = new FirstContacts();
            firstContacts.em = em;
            firstContacts.events = EventControls.domainEvents(em, Clock.systemUTC());
            firstContacts.onVisit(correction);
        });
    }

    private Map<Long, OutreachTally> nationalByTeam() {
        em.clear();
        return national().of(AUTUMN).teams().stream().collect(Collectors.toMap(line -> line.team().id(),
                line -> line.outreach().tally()));
    }

    private OutreachTally fromTheVisitLog(Team team) {
        em.clear();
        List<Specialist> members = em.createQuery("SELECT s FROM Specialist s WHERE s.team.id = :team", Specialist.class)
                .setParameter("team", team.id()).getResultList();
        return reports().of(members, AUTUMN).total().tally();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theNationalLedgerAgreesWithEachTeamsVisitLogThroughCorrectionsAndMoves(Databases database) {
        open(database, "ledger_agrees");
        // 22:30 UTC on 30 June is 1 July in Oslo (summer time); 23:30 UTC on 28 March is 29 March, but outside AUTUMN
        log(em, kari, contact(employers.get(0), "2026-09-30T22:30:00Z", VisitMode.IN_PERSON, 60, 30, ContactQuality.LEARNS_EMPLOYER_NEEDS));
        log(em, kari, contact(employers.get(0), "2026-10-01T08:00:00Z", VisitMode.IN_PERSON, 45, 20, ContactQuality.DESCRIBES_STRENGTHS));
        Visit call = log(em, kari, contact(employers.get(1), "2026-10-02T09:00:00Z", VisitMode.PHONE, 15, 0, ContactQuality.ASKS_ABOUT_OPENINGS));
        log(em, kari, contact(employers.get(2), "2026-03-28T23:30:00Z", VisitMode.IN_PERSON, 30, 30, ContactQuality.FOLLOWS_UP_OPENINGS));
        log(em, per, contact(employers.get(1), "2026-10-05T10:00:00Z", VisitMode.EVENT, 120, 40, ContactQuality.DESCRIBES_STRENGTHS));
        log(em, per, contact(employers.get(2), "2026-11-19T13:00:00Z", VisitMode.IN_PERSON, 60, 60, ContactQuality.LEARNS_EMPLOYER_NEEDS));

        // the phone call was really a visit in person, a day later
        correct(call, contact(employers.get(1), "2026-10-03T09:00:00Z", VisitMode.IN_PERSON, 50, 25, ContactQuality.FOLLOWS_UP_OPENINGS));

        Map<Long, OutreachTally> ledger = nationalByTeam();
        OutreachTally kariAndBodo = fromTheVisitLog(bodo);
        assertThat(ledger.get(bodo.id())).isEqualTo(kariAndBodo);
        assertThat(ledger.get(tromso.id())).isEqualTo(fromTheVisitLog(tromso));
        assertThat(kariAndBodo.faceToFace()).isEqualTo(3);
        assertThat(kariAndBodo.phone()).isZero();
        assertThat(kariAndBodo.communityMinutes()).isEqualTo(90 + 65 + 75);
        assertThat(kariAndBodo.qualityLevels()).containsExactly(0, 0, 1, 1, 1);

        // per moves to Bodø: his past outreach now counts for Bodø, and Tromsø has none left
        Tx.run(em, () -> {
            em.find(Specialist.class, per.id()).describe("Per Hansen", em.find(Team.class, bodo.id()), null, null, NOW);
            ledger(em).onMove(new SpecialistJoinedTeam("per", tromso.id(), bodo.id()));
        });
        ledger = nationalByTeam();
        assertThat(ledger.get(bodo.id())).isEqualTo(fromTheVisitLog(bodo));
        assertThat(ledger.get(bodo.id()).faceToFace()).isEqualTo(4);
        assertThat(ledger.get(bodo.id()).event()).isEqualTo(1);
        assertThat(ledger.get(tromso.id())).isEqualTo(OutreachTally.NONE);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void signOffsAndFirstContactsReadTheSameFromTheLedgersAsFromTheLog(Databases database) {
        open(database, "ledger_reviews");
        enrol(kari, "AA", LocalDate.of(2026, 9, 1));
        Participant reached = enrol(kari, "BB", LocalDate.of(2026, 9, 10));
        Participant elsewhere = enrol(per, "CC", LocalDate.of(2026, 8, 1));
        log(em, kari, onBehalfOf(reached, "2026-10-01T09:00:00Z"));
        log(em, per, onBehalfOf(elsewhere, "2026-09-15T09:00:00Z"));
        Visit late = log(em, kari, contact(employers.get(1), "2026-10-07T09:00:00Z", VisitMode.IN_PERSON, 30, 10,
                ContactQuality.DESCRIBES_STRENGTHS));
        WeekReviews reviews = reports().reviews;
        for (String week : List.of("2026-W40", "2026-W41", "2026-W42")) {
            Tx.run(em, () -> reviews.signOff(em.find(Specialist.class, kari.id()), IsoWeek.parse("week", week), "liv", null,
                    mondayAfter(IsoWeek.parse("week", week))));
        }
        Tx.run(em, () -> reviews.signOff(em.find(Specialist.class, per.id()), IsoWeek.parse("week", "2026-W38"), "mona", null,
                mondayAfter(IsoWeek.parse("week", "2026-W38"))));
        // a sign-off of week 43 on 20 November is late: it counts for October, but not as a weekly review
        Tx.run(em, () -> reviews.signOff(em.find(Specialist.class, kari.id()), IsoWeek.parse("week", "2026-W43"), "liv", null));
        // kari adds an outcome to the visit of week 41 after liv's review
        Tx.run(em, () -> reviews.onVisit(new VisitRecorded("kari", late.id(), 1, "kari", late.facts(), late.facts(),
                Set.of())));

        em.clear();
        var national = national().of(AUTUMN);
        for (Team team : List.of(bodo, tromso)) {
            em.clear();
            List<Specialist> members = em.createQuery("SELECT s FROM Specialist s WHERE s.team.id = :team",
                    Specialist.class).setParameter("team", team.id()).getResultList();
            var fromTheLog = reports().of(members, AUTUMN).review();
            var fromTheLedger = national.teams().stream().filter(line -> line.team().id() == team.id())
                    .findFirst().orElseThrow().review();
            assertThat(List.of(fromTheLedger.weeksDue(), fromTheLedger.weeksReviewed(), fromTheLedger.weeksChanged()))
                    .isEqualTo(List.of(fromTheLog.weeksDue(), fromTheLog.weeksReviewed(), fromTheLog.weeksChanged()));
        }
        assertThat(national.review().weeksReviewed()).isEqualTo(3);
        assertThat(national.review().weeksChanged()).isEqualTo(1);
        var rapid = national.rapidJobSearch();
        // BB: 10 September to 1 October is 21 days; CC: 1 August to 15 September is 45; AA still waits
        assertThat(List.of(rapid.reachedCount(), rapid.totalDays(), rapid.waitingCount())).isEqualTo(List.of(2L, 66L, 1L));
    }

    private Participant enrol(Specialist specialist, String alias, LocalDate enrolled) {
        return Tx.call(em, () -> {
            Participant p = new Participant(em.find(Specialist.class, specialist.id()), new ParticipantProfile(
                    "REF-" + alias, alias, Program.IPS, null, enrolled, ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL,
                    null), NOW);
            em.persist(p);
            return p;
        });
    }

    private VisitDetails onBehalfOf(Participant participant, String at) {
        return new VisitDetails(employers.get(0).id(), null, Instant.parse(at), 30, 10, VisitMode.IN_PERSON,
                VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, ContactQuality.DESCRIBES_STRENGTHS, null, null, null, null,
                Set.of(new ParticipantLink(participant.id(), Disclosure.NONE)));
    }

    @Test
    void contactsLoggedAtTheSameMomentAreAllCounted() throws Exception {
        open(Databases.MARIADB, "ledger_concurrent");
        int perThread = 20;
        Callable<Void> logging = () -> {
            EntityManager own = emf.createEntityManager();
            try {
                for (int i = 0; i < perThread; i++) {
                    log(own, kari, contact(employers.get(i % 3), "2026-10-06T10:00:00Z", VisitMode.IN_PERSON, 30, 10,
                            ContactQuality.DESCRIBES_STRENGTHS));
                }
            } finally {
                own.close();
            }
            return null;
        };
        var pool = Executors.newFixedThreadPool(4);
        try {
            for (var done : pool.invokeAll(List.of(logging, logging, logging, logging))) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        OutreachTally ledger = nationalByTeam().get(bodo.id());
        assertThat(ledger.faceToFace()).isEqualTo(4L * perThread);
        assertThat(ledger.communityMinutes()).isEqualTo(4L * perThread * 40);
        assertThat(ledger).isEqualTo(fromTheVisitLog(bodo));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aParticipantsFirstContactIsTheirEarliestInPersonVisitWhoeverMadeIt(Databases database) {
        open(database, "first_contact");
        Participant participant = Tx.call(em, () -> {
            Participant p = new Participant(kari, new ParticipantProfile("REF-1", "AH", Program.IPS, null,
                    LocalDate.of(2026, 9, 1), ParticipantStatus.JOB_SEARCH, Disclosure.GENERAL, null), NOW);
            em.persist(p);
            return p;
        });
        Function<String, VisitDetails> onBehalf = at -> new VisitDetails(employers.get(0).id(), null, Instant.parse(at),
                30, 10, VisitMode.IN_PERSON, VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, ContactQuality.DESCRIBES_STRENGTHS,
                null, null, null, null, Set.of(new ParticipantLink(participant.id(), Disclosure.NONE)));
        log(em, per, onBehalf.apply("2026-10-15T09:00:00Z"));
        Visit first = log(em, kari, onBehalf.apply("2026-10-02T22:30:00Z"));
        VisitDetails earlierCall = new VisitDetails(employers.get(1).id(), null, Instant.parse("2026-09-10T09:00:00Z"), 10,
                0, VisitMode.PHONE, VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT, ContactQuality.ASKS_ABOUT_OPENINGS, null,
                null, null, null, Set.of(new ParticipantLink(participant.id(), Disclosure.NONE)));
        log(em, kari, earlierCall);

        em.clear();
        var journey = reports().progress.journeys(List.of("kari")).get(0);
        // 22:30 UTC on 2 October is 3 October in Oslo; the earlier phone call does not count
        assertThat(journey.firstFaceToFace()).isEqualTo(LocalDate.of(2026, 10, 3));
        assertThat(journey.seekingWork()).isTrue();

        // that visit was in fact a phone call: the first face-to-face contact is per's, on 15 October
        VisitDetails d = first.details();
        correct(first, new VisitDetails(d.employerId(), null, d.startedAt(), 10, 0, VisitMode.PHONE, d.purpose(),
                d.quality(), null, null, null, null, d.participants()));
        assertThat(reports().progress.journeys(List.of("kari")).get(0).firstFaceToFace()).isEqualTo(LocalDate.of(2026, 10, 15));
        // and per's visit was for someone else: no face-to-face contact is left for this participant
        Visit pers = em.createQuery("SELECT v FROM Visit v WHERE v.specialist = 'per'", Visit.class).getSingleResult();
        VisitDetails p = pers.details();
        correct(pers, new VisitDetails(p.employerId(), null, p.startedAt(), p.meetingMinutes(), p.travelMinutes(),
                p.mode(), VisitPurpose.GENERAL_JOB_DEVELOPMENT, p.quality(), null, null, null, null, Set.of()));
        em.clear();
        assertThat(reports().progress.journeys(List.of("kari")).get(0).firstFaceToFace()).isNull();
    }
}
