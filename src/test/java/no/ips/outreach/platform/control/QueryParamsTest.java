package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.VisitMode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    private static Problem.FieldError refusal(ThrowingCallable parse) {
        return catchThrowableOfType(ProblemException.class, parse).problem().errors().get(0);
    }

    @Test
    void aMissingOrBlankIntegerFallsBackToTheDefault() {
        assertThat(QueryParams.integer("limit", null, 50, 1, 200)).isEqualTo(50);
        assertThat(QueryParams.integer("limit", "  ", 50, 1, 200)).isEqualTo(50);
        assertThat(QueryParams.integer("limit", " 17 ", 50, 1, 200)).isEqualTo(17);
    }

    @Test
    void textWhereANumberBelongsIsA400NamingTheParameter() {
        assertThat(refusal(() -> QueryParams.integer("limit", "abc", 50, 1, 200)))
                .isEqualTo(new Problem.FieldError("limit", "Must be a whole number."));
        assertThat(refusal(() -> QueryParams.integer("limit", "2.5", 50, 1, 200)).message()).isEqualTo("Must be a whole number.");
        assertThat(refusal(() -> QueryParams.decimal("radiusKm", "ten", 0.01, 2000)))
                .isEqualTo(new Problem.FieldError("radiusKm", "Must be a number."));
    }

    @Test
    void numbersOutsideTheRangeAreRefusedWithTheRange() {
        assertThat(refusal(() -> QueryParams.integer("days", "36501", 0, 0, 36_500)))
                .isEqualTo(new Problem.FieldError("days", "Must be between 0 and 36500."));
        assertThat(refusal(() -> QueryParams.decimal("radiusKm", "2000.5", 0.01, 2000)).message())
                .isEqualTo("Must be between 0.01 and 2000.0.");
        assertThat(QueryParams.decimal("radiusKm", "2000", 0.01, 2000)).isEqualTo(2000.0);
    }

    @Test
    void onlyPlainDecimalsAreNumbers() {
        for (String notANumber : new String[] {"NaN", "Infinity", "1.5d", "0x10", "1e3"}) {
            assertThat(refusal(() -> QueryParams.decimal("radiusKm", notANumber, 0.01, 2000)).message())
                    .as(notANumber).isEqualTo("Must be a number.");
        }
        assertThat(QueryParams.decimal("radiusKm", "-0.5", -1, 1)).isEqualTo(-0.5);
    }

    @Test
    void aWholeNumberTooLargeForTheRangeIsToldTheRange() {
        assertThat(refusal(() -> QueryParams.integer("days", "99999999999", 0, 0, 36_500)).message())
                .isEqualTo("Must be between 0 and 36500.");
    }

    @Test
    void aMissingDecimalIsAbsentRatherThanZero() {
        assertThat(QueryParams.decimal("radiusKm", null, 0.01, 2000)).isNull();
    }

    @Test
    void datesAreIsoCalendarDates() {
        assertThat(QueryParams.date("from", "2026-03-31")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(QueryParams.date("from", "")).isNull();
        assertThat(refusal(() -> QueryParams.date("from", "31.03.2026")))
                .isEqualTo(new Problem.FieldError("from", "Must be a date like 2026-03-31."));
        assertThat(refusal(() -> QueryParams.date("from", "2026-02-30")).field()).isEqualTo("from");
    }

    @Test
    void enumValuesAreCaseInsensitiveAndAnUnknownOneListsTheChoices() {
        assertThat(QueryParams.enumValue("mode", " in_person ", VisitMode.class)).isEqualTo(VisitMode.IN_PERSON);
        assertThat(QueryParams.enumValue("mode", null, VisitMode.class)).isNull();
        assertThat(refusal(() -> QueryParams.enumValue("mode", "carrier-pigeon", VisitMode.class)).message())
                .contains("IN_PERSON").contains("PHONE").contains("EVENT");
    }
}
