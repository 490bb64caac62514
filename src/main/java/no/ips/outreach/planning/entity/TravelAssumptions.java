package no.ips.outreach.planning.entity;

/**
 * How the straight-line distance between visits turns into driving: roads wind, so road distance is estimated as the
 * great-circle distance times {@code roadFactor}, and driven at an average {@code speedKmh} that includes junctions,
 * town traffic and parking. Both are rough on purpose: the estimate helps a specialist see whether a day is feasible,
 * it is not navigation.
 */
public record TravelAssumptions(double roadFactor, double speedKmh) {

    /** Mixed town and country driving in Norway and Denmark: roads about 30 % longer than the crow flies, 40 km/h. */
    public static final TravelAssumptions TOWN_AND_COUNTRY = new TravelAssumptions(1.3, 40);

    public TravelAssumptions {
        if (!(roadFactor >= 1)) {
            throw new IllegalArgumentException(
                    "a road is never shorter than the great circle, so roadFactor must be at least 1: " + roadFactor);
        }
        if (!(speedKmh > 0)) {
            throw new IllegalArgumentException("speedKmh must be positive: " + speedKmh);
        }
    }

    public double roadKm(double greatCircleKm) {
        return greatCircleKm * roadFactor;
    }

    public long drivingMinutes(double roadKm) {
        return Math.round(roadKm / speedKmh * 60);
    }
}
