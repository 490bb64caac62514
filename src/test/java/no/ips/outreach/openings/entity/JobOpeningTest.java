package no.ips.outreach.openings.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class JobOpeningTest {

    /** 10 March 2026, 12:00 in Oslo. */
    private static final Instant NOW = Instant.parse("2026-03-10T11:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final OpeningDetails COOK = Openings.cook(1);

    private static Problem refused(Runnable work) {
        return catchThrowableOfType(ProblemException.class, work::run).problem();
    }

    private static Problem refused(OpeningDetails details) {
        return refused(() -> new JobOpening("kari", details, NOW));
    }

    private static JobOpening open(OpeningDetails details) {
        return new JobOpening("kari", details, NOW);
    }

    @Test
    void aNewOpeningIsOpenAndRemembersWhoRegisteredItAndWhen() {
        JobOpening opening = open(COOK);

        assertThat(opening.state(NOW)).isEqualTo(new OpeningState(OpeningStatus.OPEN, null, NOW));
        assertThat(opening.createdBy()).isEqualTo("kari");
        assertThat(opening.createdAt()).isEqualTo(NOW);
        assertThat(opening.details()).isEqualTo(COOK);
    }

    @Test
    void hoursMustBeBetweenHalfAnHourAndEightyAWeek() {
        assertThatCode(() -> open(Openings.withHours(COOK, "0.5"))).doesNotThrowAnyException();
        assertThatCode(() -> open(Openings.withHours(COOK, "80"))).doesNotThrowAnyException();
        assertThat(refused(Openings.withHours(COOK, "0.4")).errors()).extracting(Problem.FieldError::field).containsExactly("hoursPerWeek");
        assertThat(refused(Openings.withHours(COOK, "80.5")).errors()).extracting(Problem.FieldError::field).containsExactly("hoursPerWeek");
        assertThat(refused(Openings.withHours(COOK, "20.25")).errors().get(0).message()).contains("one decimal");
    }

    @Test
    void anOpeningHasAtLeastOnePosition() {
        Problem problem = refused(Openings.withPositions(COOK, 0));
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("positions");
    }

    @Test
    void aNewDeadlineMayBeTodayButNotInThePast() {
        assertThatCode(() -> open(Openings.withDeadline(COOK, TODAY))).doesNotThrowAnyException();
        Problem problem = refused(Openings.withDeadline(COOK, TODAY.minusDays(1)));
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("applicationDeadline");
        assertThat(problem.errors().get(0).message()).contains("2026-03-10");
    }

    @Test
    void anEditMayKeepAPassedDeadlineButNotSetANewOneInThePast() {
        JobOpening opening = open(Openings.withDeadline(COOK, TODAY));
        Instant nextWeek = NOW.plus(Duration.ofDays(7));

        assertThatCode(() -> opening.revise(Openings.withPositions(Openings.withDeadline(COOK, TODAY), 2), nextWeek))
                .doesNotThrowAnyException();
        assertThat(refused(() -> opening.revise(Openings.withDeadline(COOK, TODAY.plusDays(1)), nextWeek)).errors())
                .extracting(Problem.FieldError::field).containsExactly("applicationDeadline");
        assertThat(opening.details().positions()).isEqualTo(2);
        assertThat(opening.updatedAt()).isEqualTo(nextWeek);
    }

    @Test
    void aJobDevelopedThroughAVisitNamesTheVisitAndOnlySuchAJobDoes() {
        assertThat(refused(Openings.from(COOK, OpeningSource.DEVELOPED_THROUGH_VISIT, null, false)).errors())
                .extracting(Problem.FieldError::field).containsExactly("visitId");
        assertThat(refused(Openings.from(COOK, OpeningSource.ADVERTISED, 7L, false)).errors())
                .extracting(Problem.FieldError::field).containsExactly("visitId");
        assertThatCode(() -> open(Openings.from(COOK, OpeningSource.DEVELOPED_THROUGH_VISIT, 7L, true))).doesNotThrowAnyException();
    }

    @Test
    void anAdvertisedJobIsNotInTheHiddenJobMarket() {
        Problem problem = refused(Openings.from(COOK, OpeningSource.ADVERTISED, null, true));
        assertThat(problem.errors()).extracting(Problem.FieldError::field).containsExactly("hiddenJobMarket");
        assertThatCode(() -> open(Openings.from(COOK, OpeningSource.EMPLOYER_GOT_IN_TOUCH, null, true))).doesNotThrowAnyException();
    }

    @Test
    void languagesAreShortIsoCodesStoredInLowerCase() {
        assertThat(open(Openings.withLanguages(COOK, Set.of(" NO", "en"))).details().languages()).containsExactlyInAnyOrder("no", "en");
        assertThat(refused(Openings.withLanguages(COOK, Set.of("norsk"))).errors())
                .extracting(Problem.FieldError::field).containsExactly("languages");
    }

    @Test
    void aWorkplaceHasBothCoordinatesOrNeither() {
        var half = new Address("Sjøgata 1", "8006", "Bodø", "1804", 67.28, null);
        assertThat(refused(COOK.at(half)).errors()).extracting(Problem.FieldError::field).containsExactly("workplace");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var bad = Openings.withDeadline(Openings.withPositions(Openings.withHours(
                Openings.from(COOK, OpeningSource.ADVERTISED, null, true), "100"), 0), TODAY.minusDays(3));
        assertThat(refused(bad).errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("hoursPerWeek", "positions", "applicationDeadline", "hiddenJobMarket");
    }

    @Test
    void anOpenOpeningReadsAsExpiredFromTheDayAfterItsDeadline() {
        JobOpening opening = open(Openings.withDeadline(COOK, TODAY));
        Instant lastMinuteOfDeadline = Instant.parse("2026-03-10T22:59:59Z");
        Instant midnightInOslo = Instant.parse("2026-03-10T23:00:00Z");

        assertThat(opening.state(lastMinuteOfDeadline).status()).isEqualTo(OpeningStatus.OPEN);
        assertThat(opening.state(midnightInOslo))
                .isEqualTo(new OpeningState(OpeningStatus.EXPIRED, "application deadline passed", midnightInOslo));
        assertThat(opening.isOpen(midnightInOslo)).isFalse();
    }

    @Test
    void onlyAnOpenOpeningCanBeClosedAndTheRefusalSaysItsStatus() {
        JobOpening opening = open(COOK);
        opening.close(OpeningStatus.CLOSED, "Arbeidsgiver satte ansettelsen på vent", NOW.plusSeconds(60));

        assertThat(opening.state(NOW.plusSeconds(90)))
                .isEqualTo(new OpeningState(OpeningStatus.CLOSED, "Arbeidsgiver satte ansettelsen på vent", NOW.plusSeconds(60)));
        Problem problem = refused(() -> opening.close(OpeningStatus.EXPIRED, "again", NOW.plusSeconds(120)));
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("CLOSED");
    }

    @Test
    void anOpeningPastItsDeadlineCannotBeClosedAgain() {
        JobOpening opening = open(Openings.withDeadline(COOK, TODAY));

        Problem problem = refused(() -> opening.close(OpeningStatus.CLOSED, "no one applied", NOW.plus(Duration.ofDays(2))));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("EXPIRED").contains("application deadline passed");
    }

    @Test
    void closingNeedsAClosedStatusAndAReason() {
        JobOpening opening = open(COOK);
        assertThat(refused(() -> opening.close(OpeningStatus.FILLED, "got it", NOW)).errors())
                .extracting(Problem.FieldError::field).containsExactly("status");
        assertThat(refused(() -> opening.close(OpeningStatus.CLOSED, " ", NOW)).errors())
                .extracting(Problem.FieldError::field).containsExactly("reason");
        assertThat(opening.isOpen(NOW)).isTrue();
    }

    @Test
    void fillingMovesAnOpenOpeningToFilledOnce() {
        JobOpening opening = open(COOK);
        opening.fill(null, NOW.plusSeconds(60));

        assertThat(opening.state(NOW.plusSeconds(60)).status()).isEqualTo(OpeningStatus.FILLED);
        Problem again = refused(() -> opening.fill("second start", NOW.plusSeconds(120)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("already filled");
    }

    @Test
    void aClosedOpeningCannotBeFilledAndSaysWhy() {
        JobOpening opening = open(COOK);
        opening.close(OpeningStatus.CLOSED, "withdrawn", NOW);

        Problem problem = refused(() -> opening.fill(null, NOW.plusSeconds(60)));

        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.detail()).contains("CLOSED");
    }

    @Test
    void aClosedOpeningCanBeReopenedButNotAnOpenOrFilledOne() {
        JobOpening opening = open(COOK);
        assertThat(refused(() -> opening.reopen(NOW)).status()).isEqualTo(409);
        opening.close(OpeningStatus.EXPIRED, "ingen søkere", NOW);

        opening.reopen(NOW.plusSeconds(60));

        assertThat(opening.state(NOW.plusSeconds(60))).isEqualTo(new OpeningState(OpeningStatus.OPEN, "reopened", NOW.plusSeconds(60)));
        opening.fill(null, NOW.plusSeconds(120));
        assertThat(refused(() -> opening.reopen(NOW.plusSeconds(180))).detail()).contains("FILLED");
    }

    @Test
    void anOpeningPastItsDeadlineIsReopenedOnlyAfterTheDeadlineMoves() {
        JobOpening opening = open(Openings.withDeadline(COOK, TODAY));
        Instant later = NOW.plus(Duration.ofDays(3));

        assertThat(refused(() -> opening.reopen(later)).detail()).contains("deadline");
        opening.revise(Openings.withDeadline(COOK, TODAY.plusDays(14)), later);
        assertThat(opening.state(later).status()).isEqualTo(OpeningStatus.OPEN);
    }
}
