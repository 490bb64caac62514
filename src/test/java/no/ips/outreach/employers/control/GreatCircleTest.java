package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    private static final double BODO_LAT = 67.2804;
    private static final double BODO_LON = 14.4049;
    private static final double TROMSO_LAT = 69.6492;
    private static final double TROMSO_LON = 18.9553;

    @Test
    void bodoToTromsoIsAbout320KilometresAsTheCrowFlies() {
        // independent haversine on R = 6371 km gives 322.1 km; road distance is far longer
        assertThat(GreatCircle.km(BODO_LAT, BODO_LON, TROMSO_LAT, TROMSO_LON)).isCloseTo(322.1, within(1.0));
    }

    @Test
    void distanceIsTheSameInBothDirectionsAndZeroToItself() {
        assertThat(GreatCircle.km(TROMSO_LAT, TROMSO_LON, BODO_LAT, BODO_LON))
                .isCloseTo(GreatCircle.km(BODO_LAT, BODO_LON, TROMSO_LAT, TROMSO_LON), within(1e-9));
        assertThat(GreatCircle.km(BODO_LAT, BODO_LON, BODO_LAT, BODO_LON)).isZero();
    }

    @Test
    void oneDegreeAlongAMeridianIsOne360thOfTheCircumference() {
        double expected = 2 * Math.PI * 6371.0 / 360;
        assertThat(GreatCircle.km(67, 14, 68, 14)).isCloseTo(expected, within(1e-6));
    }

    @Test
    void theEquatorToThePoleIsAQuarterCircumference() {
        assertThat(GreatCircle.km(0, 14, 90, 14)).isCloseTo(Math.PI * 6371.0 / 2, within(1e-6));
    }

    @Test
    void theLatitudeSpanOfTheSearchBoxReachesExactlyTheRadiusNorthAndSouth() {
        double dLat = GreatCircle.latitudeDegrees(50);
        assertThat(GreatCircle.km(BODO_LAT, BODO_LON, BODO_LAT + dLat, BODO_LON)).isCloseTo(50, within(1e-6));
        assertThat(GreatCircle.km(BODO_LAT, BODO_LON, BODO_LAT - dLat, BODO_LON)).isCloseTo(50, within(1e-6));
    }

    @Test
    void theLongitudeSpanWidensTowardsTheNorth() {
        assertThat(GreatCircle.longitudeDegrees(50, 70)).isGreaterThan(GreatCircle.longitudeDegrees(50, 58));
        assertThat(GreatCircle.longitudeDegrees(50, 0)).isCloseTo(GreatCircle.latitudeDegrees(50), within(1e-9));
        assertThat(GreatCircle.longitudeDegrees(50, 90)).isEqualTo(180);
    }
}
