package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

    @Test
    void aPointIsLatitudeCommaLongitude() {
        assertThat(Coordinates.parse("near", " 67.2804 , 14.4049 ")).isEqualTo(new Coordinates(67.2804, 14.4049));
        assertThat(Coordinates.parse("near", "-90,180")).isEqualTo(new Coordinates(-90, 180));
    }

    @Test
    void noPointMeansNoDistanceSearch() {
        assertThat(Coordinates.parse("near", null)).isNull();
        assertThat(Coordinates.parse("near", " ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"67.28", "67.28;14.40", "91,14", "67,181", "north,east", "NaN,NaN", "1,2,3"})
    void anythingElseIsRefusedWithAnExample(String near) {
        Problem problem = catchThrowableOfType(ProblemException.class, () -> Coordinates.parse("near", near)).problem();
        assertThat(problem.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("near");
            assertThat(error.message()).contains("e.g. 67.2804,14.4049");
        });
    }
}
