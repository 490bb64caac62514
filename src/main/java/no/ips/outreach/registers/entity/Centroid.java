package no.ips.outreach.registers.entity;

/** The published centre of a postcode area, in WGS84 degrees: a town-level position, not a street address. */
public record Centroid(double latitude, double longitude) {

    /** GeoNames publishes 2 to 8 decimals; a position this close to the centroid is the centroid itself. */
    private static final double SAME = 1e-7;

    public boolean isAt(Double latitude, Double longitude) {
        return latitude != null && longitude != null
                && Math.abs(latitude - this.latitude) < SAME && Math.abs(longitude - this.longitude) < SAME;
    }
}
