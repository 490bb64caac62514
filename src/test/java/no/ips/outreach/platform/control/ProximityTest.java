package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ProximityTest {

    private static String refusedField(String near, String radius, String sort) {
        return catchThrowableOfType(ProblemException.class, () -> Proximity.parse(near, radius, sort))
                .problem().errors().stream().map(Problem.FieldError::field).findFirst().orElseThrow();
    }

    @Test
    void aPointAndARadiusMakeACircle() {
        assertThat(Proximity.parse("67.28,14.40", "2.5", "distance")).isEqualTo(new Proximity(67.28, 14.40, 2.5));
        assertThat(Proximity.parse(null, null, "name")).isNull();
    }

    @Test
    void oneWithoutTheOtherNamesTheMissingParameter() {
        assertThat(refusedField("67.28,14.40", null, null)).isEqualTo("radiusKm");
        assertThat(refusedField(null, "2", null)).isEqualTo("near");
    }

    @Test
    void sortingByDistanceNeedsACircle() {
        assertThat(refusedField(null, null, "-distance")).isEqualTo("sort");
    }

    @Test
    void theRadiusIsBounded() {
        assertThat(refusedField("67.28,14.40", "2001", null)).isEqualTo("radiusKm");
    }
}
