package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    private static Problem.FieldError refusal(ThrowingCallable parse) {
        return catchThrowableOfType(ProblemException.class, parse).problem().errors().get(0);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-31, 2026, 53",
        "2027-01-01, 2026, 53",
        "2027-01-03, 2026, 53",
        "2027-01-04, 2027, 1",
        "2024-12-30, 2025, 1",
        "2024-12-29, 2024, 52",
        "2021-01-03, 2020, 53",
        "2026-11-26, 2026, 48"})
    void aDayBelongsToItsWeekBasedYearNotItsCalendarYear(LocalDate day, int year, int week) {
        assertThat(IsoWeek.of(day)).isEqualTo(new IsoWeek(year, week));
    }

    @Test
    void onlySomeYearsHaveAWeek53() {
        assertThat(IsoWeek.weeksIn(2020)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2026)).isEqualTo(53);
        assertThat(IsoWeek.weeksIn(2025)).isEqualTo(52);
        assertThat(IsoWeek.parse("week", "2020-W53")).isEqualTo(new IsoWeek(2020, 53));
        assertThat(IsoWeek.parse("week", "2026-W53")).isEqualTo(new IsoWeek(2026, 53));
    }

    @Test
    void parsesUpperAndLowerCaseW() {
        assertThat(IsoWeek.parse("week", "2026-W48")).isEqualTo(new IsoWeek(2026, 48));
        assertThat(IsoWeek.parse("week", " 2026-w05 ")).isEqualTo(new IsoWeek(2026, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-W5", "2026W48", "26-W48", "2026-48", "2026-W480", "W48", "2026-11-26", "", "0000-W01"})
    void malformedWeeksAreRefusedWithAnExample(String text) {
        assertThat(refusal(() -> IsoWeek.parse("week", text)))
                .isEqualTo(new Problem.FieldError("week", "Must be an ISO week like 2026-W48."));
    }

    @Test
    void aMissingWeekIsMalformedToo() {
        assertThat(refusal(() -> IsoWeek.parse("from", null)))
                .isEqualTo(new Problem.FieldError("from", "Must be an ISO week like 2026-W48."));
    }

    @Test
    void weeksThatDoNotExistAreRefusedWithTheNumberOfWeeks() {
        assertThat(refusal(() -> IsoWeek.parse("week", "2025-W53")))
                .isEqualTo(new Problem.FieldError("week", "2025 has no week 53; it has 52 weeks."));
        assertThat(refusal(() -> IsoWeek.parse("week", "2026-W00")))
                .isEqualTo(new Problem.FieldError("week", "2026 has no week 00; it has 53 weeks."));
        assertThat(refusal(() -> IsoWeek.parse("week", "2026-W54")))
                .isEqualTo(new Problem.FieldError("week", "2026 has no week 54; it has 53 weeks."));
    }

    @Test
    void constructingAnImpossibleWeekDirectlyIsAProgrammingError() {
        assertThatThrownBy(() -> new IsoWeek(2025, 53)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(2026, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IsoWeek(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWeekRunsMondayToSundayEvenAcrossNewYear() {
        assertThat(new IsoWeek(2026, 48).monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(new IsoWeek(2026, 48).sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(new IsoWeek(2026, 53).monday()).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(new IsoWeek(2026, 53).sunday()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(new IsoWeek(2025, 1).monday()).isEqualTo(LocalDate.of(2024, 12, 30));
    }

    @Test
    void theNextWeekCrossesIntoTheNextWeekBasedYear() {
        assertThat(new IsoWeek(2026, 52).next()).isEqualTo(new IsoWeek(2026, 53));
        assertThat(new IsoWeek(2026, 53).next()).isEqualTo(new IsoWeek(2027, 1));
        assertThat(new IsoWeek(2025, 52).next()).isEqualTo(new IsoWeek(2026, 1));
    }

    @Test
    void printsWithATwoDigitWeekAndSortsInTime() {
        assertThat(new IsoWeek(2026, 5)).hasToString("2026-W05");
        assertThat(new IsoWeek(2026, 48)).hasToString("2026-W48");
        assertThat(new IsoWeek(2026, 53)).isLessThan(new IsoWeek(2027, 1));
        assertThat(new IsoWeek(2026, 9)).isLessThan(new IsoWeek(2026, 10));
    }
}
