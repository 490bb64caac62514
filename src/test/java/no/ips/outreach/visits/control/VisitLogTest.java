package no.ips.outreach.visits.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import no.ips.outreach.employers.control.EmployerControls;
import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.ContactPerson;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.RecordedEvents;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitChange;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitRecorded;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VisitLogTest {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private VisitLog log;
    private RecordedEvents<VisitRecorded> recorded;
    private Employer bakery;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        log = new VisitLog();
        log.em = em;
        log.clock = clock;
        log.employers = EmployerControls.store(em, clock);
        log.registry = EmployerControls.registry(em, clock);
        log.store = new VisitStore();
        log.store.em = em;
        log.time = new TimeInTheCommunity();
        log.time.em = em;
        log.preferenceFit = new PreferenceFit();
        log.preferenceFit.em = em;
        recorded = new RecordedEvents<>();
        log.recorded = recorded;
        bakery = TestEmployers.named("Bakeriet").build(NOW);
        Tx.run(em, () -> em.persist(bakery));
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private <T> T inTx(Supplier<T> work) {
        return Tx.call(em, work);
    }

    private Problem refused(Runnable work) {
        return catchThrowableOfType(ProblemException.class, () -> inTx(() -> {
            work.run();
            return null;
        })).problem();
    }

    private VisitDetails yesterday() {
        return Visits.inPerson(bakery.id(), NOW.minus(Duration.ofDays(1)));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anInPersonVisitOverlappingAnotherOfTheSameSpecialistIsRefusedNamingIt(Databases database) {
        open(database, "log_overlap");
        Instant nine = NOW.minus(Duration.ofDays(1));
        Visit first = inTx(() -> log.log("kari", yesterday()));

        Problem overlap = refused(() -> log.log("kari", Visits.startingAt(yesterday(), nine.plus(Duration.ofMinutes(59)))));

        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.detail()).contains("visit " + first.id());
        // back to back is fine, so is a phone call during the meeting, and so is a colleague at the same time
        inTx(() -> log.log("kari", Visits.startingAt(yesterday(), nine.plus(Duration.ofMinutes(60)))));
        inTx(() -> log.log("kari", Visits.of(bakery.id(), nine.plus(Duration.ofMinutes(10)), VisitMode.PHONE)));
        inTx(() -> log.log("ola", yesterday()));
        // and a correction that moves a visit onto another is refused like a new one
        Visit later = inTx(() -> log.log("kari", Visits.startingAt(yesterday(), nine.plus(Duration.ofHours(3)))));
        assertThat(refused(() -> log.correct(later.id(), later.version(), "kari", yesterday())).status()).isEqualTo(409);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void oneDaysMeetingsAndTravelFitInTwelveHours(Databases database) {
        open(database, "log_day_limit");
        Instant morning = NOW.minus(Duration.ofDays(1)).minus(Duration.ofHours(5));
        inTx(() -> log.log("kari", Visits.withMinutes(Visits.startingAt(yesterday(), morning), 400, 200)));

        Problem tooLong = refused(() -> log.log("kari", Visits.withMinutes(
                Visits.startingAt(yesterday(), morning.plus(Duration.ofHours(8))), 100, 21)));

        assertThat(tooLong.errors()).extracting(Problem.FieldError::field).containsExactly("meetingMinutes");
        assertThat(tooLong.errors().get(0).message()).contains("721 minutes", "720");
        inTx(() -> log.log("kari", Visits.withMinutes(Visits.startingAt(yesterday(), morning.plus(Duration.ofHours(8))), 100, 20)));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void eachCorrectionIsKeptAsTheNextRevisionInOrder(Databases database) {
        open(database, "log_revisions");
        Visit visit = inTx(() -> log.log("kari", yesterday()));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", Visits.withMinutes(yesterday(), 45, 20)));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", Visits.withNotes(Visits.withMinutes(yesterday(), 45, 10), "bring CVs")));
        em.clear();

        var history = log.history(visit.id(), "kari", false);

        assertThat(history).extracting(VisitChange::revision).containsExactly(1, 2, 2);
        assertThat(history.get(0).change()).isEqualTo(new FieldChange("meetingMinutes", "60", "45"));
        // within one revision, fields read back in the order of the form
        assertThat(history.subList(1, 3)).extracting(VisitChange::change).containsExactly(
                new FieldChange("travelMinutes", "20", "10"),
                new FieldChange("notes", null, "bring CVs"));
        assertThat(history).allSatisfy(change -> {
            assertThat(change.changedBy()).isEqualTo("kari");
            assertThat(change.changedAt()).isEqualTo(NOW);
        });
        assertThat(log.existing(visit.id()).details()).isEqualTo(Visits.withNotes(Visits.withMinutes(yesterday(), 45, 10), "bring CVs"));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theAuditHearsOfEachLoggedVisitAndEachCorrectionWithWhatItCountedBefore(Databases database) {
        open(database, "log_recorded");
        Visit visit = inTx(() -> log.log("kari", yesterday()));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", yesterday()));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", Visits.withMinutes(yesterday(), 45, 20)));

        assertThat(recorded.fired()).extracting(VisitRecorded::revision).as("a correction that changes nothing is not news")
                .containsExactly(0, 1);
        VisitRecorded logged = recorded.fired().get(0);
        assertThat(logged.before()).isNull();
        assertThat(logged.after().meetingMinutes()).isEqualTo(60);
        VisitRecorded corrected = recorded.fired().get(1);
        assertThat(corrected.before()).isEqualTo(logged.after());
        assertThat(corrected.after().meetingMinutes()).isEqualTo(45);
        assertThat(corrected.after().travelMinutes()).isEqualTo(20);
        assertThat(corrected.visitId()).isEqualTo(visit.id());
        assertThat(corrected.by()).isEqualTo("kari");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aCorrectionThatChangesNothingLeavesNoRevision(Databases database) {
        open(database, "log_unchanged");
        Visit visit = inTx(() -> log.log("kari", yesterday()));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", yesterday()));
        em.clear();

        assertThat(log.history(visit.id(), "kari", false)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void onlyTheSpecialistWhoLoggedAVisitMayCorrectIt(Databases database) {
        open(database, "log_forbidden");
        Visit visit = inTx(() -> log.log("kari", yesterday()));

        Problem problem = refused(() -> log.correct(visit.id(), visit.version(), "ola", Visits.withMinutes(yesterday(), 1, 1)));

        assertThat(problem.status()).isEqualTo(403);
        assertThat(problem.detail()).contains("kari");
        em.clear();
        assertThat(log.existing(visit.id()).details()).isEqualTo(yesterday());
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aCorrectionBasedOnAStaleVersionIsRefused(Databases database) {
        open(database, "log_stale");
        Visit visit = inTx(() -> log.log("kari", yesterday()));
        long readVersion = visit.version();
        inTx(() -> log.correct(visit.id(), readVersion, "kari", Visits.withMinutes(yesterday(), 45, 20)));

        Problem problem = refused(() -> log.correct(visit.id(), readVersion, "kari", Visits.withMinutes(yesterday(), 30, 20)));

        assertThat(problem.status()).isEqualTo(412);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void onlyManagersAndTheSpecialistReadAVisitsHistory(Databases database) {
        open(database, "log_history");
        Visit visit = inTx(() -> log.log("kari", yesterday()));

        assertThat(refused(() -> log.history(visit.id(), "ola", false)).status()).isEqualTo(403);
        assertThat(log.history(visit.id(), "mona", true)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void visitsCannotBeLoggedToArchivedOrUnknownEmployers(Databases database) {
        open(database, "log_archived");
        Tx.run(em, () -> bakery.archive(NOW));

        assertThat(refused(() -> log.log("kari", yesterday())).status()).isEqualTo(422);
        Problem unknown = refused(() -> log.log("kari", Visits.inPerson(bakery.id() + 1000, NOW.minus(Duration.ofDays(1)))));
        assertThat(unknown.errors()).extracting(Problem.FieldError::field).containsExactly("employerId");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theContactPersonMustWorkForTheVisitedEmployer(Databases database) {
        open(database, "log_contact");
        Employer other = TestEmployers.named("Verkstedet").build(NOW);
        Tx.run(em, () -> em.persist(other));
        var elsewhere = new ContactPerson(other.id(), "Per", null, null, null, ContactChannel.PHONE);
        Tx.run(em, () -> em.persist(elsewhere));
        var d = yesterday();
        var withWrongPerson = new VisitDetails(d.employerId(), elsewhere.id(), d.startedAt(), d.meetingMinutes(), d.travelMinutes(),
                d.mode(), d.purpose(), d.quality(), d.outcome(), d.notes(), d.nextStep(), d.nextStepDue(), d.participants());

        Problem problem = refused(() -> log.log("kari", withWrongPerson));

        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("contactPersonId");
            assertThat(error.message()).contains("Bakeriet");
        });
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aVoidIsKeptAsTheNextRevisionStaysReadableAndFreesItsTimeForTheVisitThatDidHappen(Databases database) {
        open(database, "log_void");
        Visit visit = inTx(() -> log.log("kari", yesterday()));
        inTx(() -> log.correct(visit.id(), visit.version(), "kari", Visits.withMinutes(yesterday(), 45, 20)));

        assertThat(refused(() -> log.voidVisit(visit.id(), visit.version(), "ola", false, "wrong")).status()).isEqualTo(403);
        assertThat(refused(() -> log.voidVisit(visit.id(), visit.version() - 1, "kari", false, "wrong")).status())
                .isEqualTo(412);
        inTx(() -> log.voidVisit(visit.id(), visit.version(), "liv", true, "Logged at the wrong employer"));
        em.clear();

        Visit read = log.existing(visit.id());
        assertThat(read.voiding()).contains(new Visit.Voiding(NOW, "liv", "Logged at the wrong employer"));
        assertThat(log.history(visit.id(), "kari", false)).extracting(VisitChange::revision).containsExactly(1, 2);
        VisitRecorded voided = recorded.fired().get(recorded.fired().size() - 1);
        assertThat(voided.isVoid()).isTrue();
        assertThat(List.of(voided.revision(), voided.by())).isEqualTo(List.of(2, "liv"));
        assertThat(voided.before().meetingMinutes()).isEqualTo(45);
        assertThat(refused(() -> log.voidVisit(visit.id(), read.version(), "kari", false, "again")).status()).isEqualTo(409);
        // nobody was at the void visit: the same hour is free
        inTx(() -> log.log("kari", yesterday()));
    }
}
