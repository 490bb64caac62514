package no.ips.outreach.employers.control;

/** Great-circle (haversine) distance on a sphere of the Earth's mean radius. Not road distance. */
public final class GreatCircle {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Degrees of latitude that span {@code km}: a cheap box to narrow a search before the exact distance. */
    public static double latitudeDegrees(double km) {
        return Math.toDegrees(km / EARTH_RADIUS_KM);
    }

    /**
     * Degrees of longitude either side of the centre that the circle reaches. Its widest point lies poleward of the
     * centre's parallel, so this is asin(sin r / cos lat), wider than r / cos lat; 180 when the circle holds a pole.
     */
    public static double longitudeDegrees(double km, double atLatitude) {
        double angularRadius = km / EARTH_RADIUS_KM;
        double latitude = Math.toRadians(Math.abs(atLatitude));
        if (latitude + angularRadius >= Math.PI / 2) {
            return 180;
        }
        return Math.toDegrees(Math.asin(Math.sin(angularRadius) / Math.cos(latitude)));
    }
}
