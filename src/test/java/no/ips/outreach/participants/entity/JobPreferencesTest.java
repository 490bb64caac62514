package no.ips.outreach.participants.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class JobPreferencesTest {

    private static JobPreferences wanting(List<String> occupations, String hoursMin, String hoursMax) {
        return new JobPreferences(occupations, Set.of("56"), Set.of("87"), hoursMin == null ? null : new BigDecimal(hoursMin),
                hoursMax == null ? null : new BigDecimal(hoursMax), Set.of(Shift.DAY), 30, null,
                new HomeArea("8006", "1804", 67.28, 14.40), true, Set.of("no"), LocalDate.of(2026, 4, 1), null, "Punctual");
    }

    private static List<String> fields(JobPreferences preferences) {
        return preferences.problems().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void sensiblePreferencesBreakNoRule() {
        assertThat(wanting(List.of("5120", "9412"), "10", "30").problems()).isEmpty();
        assertThat(JobPreferences.none().problems()).isEmpty();
    }

    @Test
    void minimumHoursAboveMaximumHoursIsRefusedOnTheMinimum() {
        assertThat(wanting(List.of("5120"), "30", "10").problems())
                .containsExactly(new Problem.FieldError("hoursMin", "cannot be more than hoursMax (10)"));
    }

    @Test
    void hoursMustBeAPossibleWorkingWeek() {
        assertThat(fields(wanting(List.of("5120"), "-1", "81"))).containsExactlyInAnyOrder("hoursMin", "hoursMax");
    }

    @Test
    void anOccupationIsListedOnceAndAtMostTenAreKept() {
        assertThat(fields(wanting(List.of("5120", "5120"), null, null))).containsExactly("occupations");
        List<String> eleven = List.of("1111", "1112", "1113", "1114", "1120", "1211", "1212", "1213", "1219", "1221", "1222");
        assertThat(fields(wanting(eleven, null, null))).containsExactly("occupations");
    }

    @Test
    void anIndustryCannotBeBothDesiredAndExcludedAndMustBeANacePrefix() {
        var both = new JobPreferences(List.of(), Set.of("56", "47.1"), Set.of("56"), null, null, null, null, null, null,
                false, null, null, null, null);
        var malformed = new JobPreferences(List.of(), Set.of("restaurants"), Set.of(), null, null, null, null, null, null,
                false, null, null, null, null);

        assertThat(both.problems()).extracting(Problem.FieldError::message).containsExactly("cannot also be desired: 56");
        assertThat(fields(malformed)).containsExactly("desiredIndustries");
    }

    @Test
    void comparingTwoVersionsNamesOnlyWhatChangedIgnoringSetOrderAndTrailingZeros() {
        var before = wanting(List.of("5120", "9412"), "10", "30.0");
        var after = new JobPreferences(List.of("9412", "5120"), Set.of("56"), Set.of("87"), new BigDecimal("10.0"),
                new BigDecimal("30"), Set.of(Shift.DAY), 30, null, new HomeArea("8006", "1804", 67.28, 14.40), true,
                Set.of("no"), LocalDate.of(2026, 4, 1), null, "Punctual");

        assertThat(FieldChange.between(before.fields(), after.fields()))
                .containsExactly(new FieldChange("occupations", "5120,9412", "9412,5120"));
    }
}
