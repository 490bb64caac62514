package no.ips.outreach.teams.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpecialistTest {

    @ParameterizedTest
    @CsvSource({"18.75, 18.75", "37.5, 37.50", "37, 37.00", "18.8, 18.80", "18.05, 18.05", "37.500000, 37.50"})
    void weeklyHoursThatAreWholeMinutesAreKeptExactly(String given, String kept) {
        assertThat(Specialist.exactHours(new BigDecimal(given))).isEqualTo(new BigDecimal(kept));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18.33", "18.333", "37.501", "0.01"})
    void weeklyHoursThatAreNoWholeNumberOfMinutesAreRefused(String given) {
        assertThatThrownBy(() -> Specialist.exactHours(new BigDecimal(given)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                        assertThat(error.field()).isEqualTo("weeklyHours");
                        assertThat(error.message()).startsWith("must be a whole number of minutes");
                    });
                });
    }
}
