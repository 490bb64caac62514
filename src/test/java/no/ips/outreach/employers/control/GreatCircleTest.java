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

    @Test
    void everyPointWithinTheRadiusLiesInsideTheSearchBox() {
        for (double latitude : new double[] {0, 45, 60, 67.28, 78}) {
            for (double km : new double[] {2, 50, 300, 2000}) {
                double dLat = GreatCircle.latitudeDegrees(km);
                double dLon = GreatCircle.longitudeDegrees(km, latitude);
                for (int bearing = 0; bearing < 360; bearing += 5) {
                    double[] point = destination(latitude, 14.4, bearing, km * 0.999);
                    assertThat(Math.abs(point[0] - latitude)).as("lat at %s° %s km bearing %s", latitude, km, bearing).isLessThanOrEqualTo(dLat);
                    assertThat(Math.abs(point[1] - 14.4)).as("lon at %s° %s km bearing %s", latitude, km, bearing).isLessThanOrEqualTo(dLon);
                }
            }
        }
    }

    /** The point reached from a start along a bearing, by the standard spherical formula. */
    private static double[] destination(double latitude, double longitude, double bearingDegrees, double km) {
        double d = km / GreatCircle.EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(latitude);
        double bearing = Math.toRadians(bearingDegrees);
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(bearing));
        double lon2 = Math.toRadians(longitude) + Math.atan2(Math.sin(bearing) * Math.sin(d) * Math.cos(lat1),
                Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
        return new double[] {Math.toDegrees(lat2), Math.toDegrees(lon2)};
    }
}
