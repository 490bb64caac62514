package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    private static List<Problem.FieldError> refusal(ThrowingCallable parse) {
        return catchThrowableOfType(ProblemException.class, parse).problem().errors();
    }

    private static Problem.FieldError error(String field, String message) {
        return new Problem.FieldError(field, message);
    }

    @Test
    void aWeekCoversMondayToSunday() {
        assertThat(ReportPeriod.parse("2026-W48", null, null, null))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), "2026-W48"));
    }

    @Test
    void aMonthCoversItsCalendarDays() {
        assertThat(ReportPeriod.parse(null, "2026-02", "", " "))
                .isEqualTo(new ReportPeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), "2026-02"));
    }

    @Test
    void aRangeIncludesBothEnds() {
        ReportPeriod quarter = ReportPeriod.parse(null, null, "2026-01-01", "2026-03-31");
        assertThat(quarter).isEqualTo(new ReportPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                "2026-01-01 to 2026-03-31"));
        assertThat(quarter.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(quarter.contains(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(quarter.contains(LocalDate.of(2026, 4, 1))).isFalse();
        assertThat(ReportPeriod.parse(null, null, "2026-05-05", "2026-05-05").weekdays()).isEqualTo(1);
    }

    @Test
    void givingNoPeriodExplainsTheThreeForms() {
        assertThat(refusal(() -> ReportPeriod.parse(null, " ", "", null))).containsExactly(error("period",
                "Give week (2026-W48), month (2026-11), or from and to (2026-01-01 and 2026-03-31)."));
    }

    @Test
    void givingTwoFormsIsRefused() {
        Problem.FieldError onlyOne = error("period", "Give only one of week, month, or from and to.");
        assertThat(refusal(() -> ReportPeriod.parse("2026-W48", "2026-11", null, null))).containsExactly(onlyOne);
        assertThat(refusal(() -> ReportPeriod.parse("2026-W48", null, "2026-01-01", null))).containsExactly(onlyOne);
        assertThat(refusal(() -> ReportPeriod.parse(null, "2026-11", null, "2026-03-31"))).containsExactly(onlyOne);
    }

    @Test
    void halfARangeNamesTheMissingEnd() {
        assertThat(refusal(() -> ReportPeriod.parse(null, null, "2026-01-01", null)))
                .containsExactly(error("to", "Give to as well as from."));
        assertThat(refusal(() -> ReportPeriod.parse(null, null, "", "2026-03-31")))
                .containsExactly(error("from", "Give from as well as to."));
    }

    @Test
    void malformedPartsNameTheirField() {
        assertThat(refusal(() -> ReportPeriod.parse("2026-48", null, null, null)))
                .containsExactly(error("week", "Must be an ISO week like 2026-W48."));
        assertThat(refusal(() -> ReportPeriod.parse(null, null, "31.01.2026", "2026-02-30"))).containsExactly(
                error("from", "Must be a date like 2026-03-31."), error("to", "Must be a date like 2026-03-31."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-1", "11-2026", "2026-11-01", "+2026-11", "november"})
    void malformedMonthsAreRefusedWithAnExample(String month) {
        assertThat(refusal(() -> ReportPeriod.parse(null, month, null, null)))
                .containsExactly(error("month", "Must be a month like 2026-11."));
    }

    @Test
    void aRangeMustNotRunBackwards() {
        assertThat(refusal(() -> ReportPeriod.parse(null, null, "2026-03-31", "2026-03-30")))
                .containsExactly(error("to", "Must not be before from."));
    }

    @Test
    void aRangeCoversAtMostFiveYears() {
        assertThat(ReportPeriod.parse(null, null, "2024-01-01", "2028-12-31").days()).isEqualTo(1827);
        assertThat(refusal(() -> ReportPeriod.parse(null, null, "2024-01-01", "2029-01-01")))
                .containsExactly(error("to", "A period can cover at most 5 years."));
    }

    @Test
    void decemberOverlapsWeeksUpToTheOneEndingInJanuary() {
        List<IsoWeek> weeks = ReportPeriod.parse(null, "2026-12", null, null).weeks();
        assertThat(weeks).extracting(IsoWeek::toString)
                .containsExactly("2026-W49", "2026-W50", "2026-W51", "2026-W52", "2026-W53");
    }

    @Test
    void aWeekIsItsOnlyWeek() {
        IsoWeek week = new IsoWeek(2026, 53);
        assertThat(ReportPeriod.ofWeek(week).weeks()).containsExactly(week);
    }

    @Test
    void weekdaysProRateScheduledHours() {
        ReportPeriod week = ReportPeriod.ofWeek(new IsoWeek(2026, 48));
        assertThat(week.weekdays()).isEqualTo(5);
        assertThat(week.workingWeeks()).isEqualTo(1.0);
        assertThat(ReportPeriod.parse(null, "2026-11", null, null).weekdays()).isEqualTo(21);
        ReportPeriod weekend = ReportPeriod.of(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29));
        assertThat(weekend.weekdays()).isZero();
        ReportPeriod thursdayToTuesday = ReportPeriod.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 1));
        assertThat(thursdayToTuesday.weekdays()).isEqualTo(4);
        assertThat(thursdayToTuesday.workingWeeks()).isEqualTo(0.8);
    }

    @Test
    void monthsAreTheCalendarMonthsTouched() {
        assertThat(ReportPeriod.ofWeek(new IsoWeek(2026, 53)).months())
                .containsExactly(YearMonth.of(2026, 12), YearMonth.of(2027, 1));
        assertThat(ReportPeriod.parse(null, null, "2026-01-31", "2026-03-01").months())
                .containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    }
}
