package no.ips.outreach.openings.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.function.Supplier;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningSource;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.openings.entity.Openings;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.Visits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Registering, editing and closing openings through JPA on both databases. */
class OpeningBoardTest {

    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

    private EntityManagerFactory emf;
    private EntityManager em;
    private OpeningBoard board;
    private Employer restaurant;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        board = OpeningControls.board(em, Clock.fixed(NOW, ZoneOffset.UTC));
        restaurant = employer("Restaurant Molo");
    }

    @AfterEach
    void close() {
        em.close();
        emf.close();
    }

    private Employer employer(String name) {
        Employer employer = TestEmployers.named(name).at(67.2830, 14.3800).build(NOW);
        Tx.run(em, () -> em.persist(employer));
        return employer;
    }

    private Visit visitTo(Employer employer) {
        Visit visit = new Visit("kari", Visits.inPerson(employer.id(), NOW.minus(Duration.ofDays(2))), NOW);
        Tx.run(em, () -> em.persist(visit));
        return visit;
    }

    private <T> T inTx(Supplier<T> work) {
        return Tx.call(em, work);
    }

    private Problem refused(Supplier<?> work) {
        Problem problem = catchThrowableOfType(ProblemException.class, () -> inTx(work)).problem();
        em.clear();
        return problem;
    }

    private long openings() {
        return em.createQuery("SELECT COUNT(o) FROM JobOpening o", Long.class).getSingleResult();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anOpeningReadsBackWithItsShiftsLanguagesAndTheEmployersAddress(Databases database) {
        open(database, "board_reload");
        var details = new OpeningDetails(restaurant.id(), "Servitør", "5131", "Kveld og helg", new BigDecimal("18.5"),
                Set.of(Shift.EVENING, Shift.WEEKEND), null, 2, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 3, 27), true,
                Set.of("no", "en"), true, OpeningSource.DEVELOPED_THROUGH_VISIT, visitTo(restaurant).id(), true);

        JobOpening opening = inTx(() -> board.open("kari", details));
        em.clear();
        JobOpening reloaded = board.existing(opening.id());

        OpeningDetails d = reloaded.details();
        assertThat(d.shifts()).containsExactlyInAnyOrder(Shift.EVENING, Shift.WEEKEND);
        assertThat(d.languages()).containsExactlyInAnyOrder("no", "en");
        assertThat(d.hoursPerWeek()).isEqualByComparingTo("18.5");
        assertThat(d.workplace().street()).isEqualTo("Storgata 1");
        assertThat(d.workplace().latitude()).isEqualTo(67.2830);
        assertThat(d).usingRecursiveComparison().ignoringFields("hoursPerWeek", "workplace").isEqualTo(details);
        assertThat(reloaded.createdBy()).isEqualTo("kari");
        assertThat(reloaded.createdAt()).isEqualTo(NOW);
        assertThat(reloaded.state(NOW).status()).isEqualTo(OpeningStatus.OPEN);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aWorkplaceOtherThanTheEmployersAddressIsKept(Databases database) {
        open(database, "board_workplace");
        var site = new Address("Havnegata 9", "8006", "Bodø", "1804", 67.2890, 14.3950);

        JobOpening opening = inTx(() -> board.open("kari", Openings.cook(restaurant.id()).at(site)));
        em.clear();

        assertThat(board.existing(opening.id()).details().workplace().street()).isEqualTo("Havnegata 9");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theOccupationMustBeAKnownUnitGroup(Databases database) {
        open(database, "board_occupation");

        Problem broad = refused(() -> board.open("kari", Openings.withOccupation(Openings.cook(restaurant.id()), "Kokk", "512")));
        Problem unknown = refused(() -> board.open("kari", Openings.withOccupation(Openings.cook(restaurant.id()), "Kokk", "9999")));

        assertThat(broad.errors()).extracting(Problem.FieldError::field).containsExactly("occupationCode");
        assertThat(broad.errors().get(0).message()).contains("unit group");
        assertThat(unknown.errors()).extracting(Problem.FieldError::field).containsExactly("occupationCode");
        assertThat(openings()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theEmployerMustExistAndNotBeArchived(Databases database) {
        open(database, "board_employer");
        Problem unknown = refused(() -> board.open("kari", Openings.cook(restaurant.id() + 1000)));
        Tx.run(em, () -> em.find(Employer.class, restaurant.id()).archive(NOW));

        Problem archived = refused(() -> board.open("kari", Openings.cook(restaurant.id())));

        assertThat(unknown.errors()).extracting(Problem.FieldError::field).containsExactly("employerId");
        assertThat(archived.status()).isEqualTo(422);
        assertThat(archived.detail()).contains("Restaurant Molo").contains("archived");
        assertThat(openings()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theVisitMustExistAndHaveBeenAtTheSameEmployer(Databases database) {
        open(database, "board_visit");
        Visit elsewhere = visitTo(employer("Verkstedet"));

        Problem other = refused(() -> board.open("kari",
                Openings.from(Openings.cook(restaurant.id()), OpeningSource.DEVELOPED_THROUGH_VISIT, elsewhere.id(), false)));
        Problem missing = refused(() -> board.open("kari",
                Openings.from(Openings.cook(restaurant.id()), OpeningSource.DEVELOPED_THROUGH_VISIT, elsewhere.id() + 1000, false)));

        assertThat(other.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("visitId");
            assertThat(error.message()).contains("Restaurant Molo");
        });
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("Visit " + (elsewhere.id() + 1000) + " does not exist.");
        assertThat(openings()).isZero();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anEditBasedOnAStaleVersionChangesNothing(Databases database) {
        open(database, "board_stale");
        JobOpening opening = inTx(() -> board.open("kari", Openings.cook(restaurant.id())));
        long read = opening.version();
        inTx(() -> board.revise(opening.id(), read, Openings.withPositions(Openings.cook(restaurant.id()), 2)));

        Problem stale = refused(() -> board.revise(opening.id(), read, Openings.withPositions(Openings.cook(restaurant.id()), 3)));

        assertThat(stale.status()).isEqualTo(412);
        assertThat(board.existing(opening.id()).details().positions()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anOpeningAtAnArchivedEmployerCanStillBeEditedButNotMovedToOne(Databases database) {
        open(database, "board_archived_edit");
        JobOpening opening = inTx(() -> board.open("kari", Openings.cook(restaurant.id())));
        Employer archived = employer("Nedlagt Kafé");
        Tx.run(em, () -> {
            em.find(Employer.class, restaurant.id()).archive(NOW);
            em.find(Employer.class, archived.id()).archive(NOW);
        });

        JobOpening edited = inTx(() -> board.revise(opening.id(), opening.version(), Openings.withPositions(Openings.cook(restaurant.id()), 2)));
        Problem moved = refused(() -> board.revise(opening.id(), edited.version(), Openings.cook(archived.id())));

        assertThat(edited.details().positions()).isEqualTo(2);
        assertThat(moved.status()).isEqualTo(422);
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void closingAndReopeningAreKeptWithTheirReasonAndTime(Databases database) {
        open(database, "board_close");
        JobOpening opening = inTx(() -> board.open("kari", Openings.cook(restaurant.id())));
        JobOpening closed = inTx(() -> board.close(opening.id(), opening.version(), OpeningStatus.CLOSED, "På vent til høsten"));
        em.clear();

        var state = board.existing(opening.id()).state(NOW);
        assertThat(state.status()).isEqualTo(OpeningStatus.CLOSED);
        assertThat(state.reason()).isEqualTo("På vent til høsten");
        assertThat(state.since()).isEqualTo(NOW);
        Problem again = refused(() -> board.close(opening.id(), closed.version(), OpeningStatus.EXPIRED, "again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("CLOSED");

        inTx(() -> board.reopen(opening.id(), closed.version()));
        em.clear();
        assertThat(board.existing(opening.id()).state(NOW).status()).isEqualTo(OpeningStatus.OPEN);
    }
}
