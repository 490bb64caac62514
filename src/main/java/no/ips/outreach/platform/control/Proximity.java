package no.ips.outreach.platform.control;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/** "Within radiusKm of near=lat,lon", as the list endpoints take it; sorting by distance needs one. */
public record Proximity(double latitude, double longitude, double radiusKm) {

    public static final double MAX_RADIUS_KM = 2000;

    /** The circle the parameters describe, or null when neither is given; one without the other is a 400. */
    public static Proximity parse(String near, String radiusKm, String sort) {
        Coordinates point = Coordinates.parse("near", near);
        Double radius = QueryParams.decimal("radiusKm", radiusKm, 0.01, MAX_RADIUS_KM);
        if ((point == null) != (radius == null)) {
            throw ProblemException.invalid(point == null ? "near" : "radiusKm", Messages.get("query.near-radius"));
        }
        if (point == null && sort != null && sort.replace("-", "").trim().equals("distance")) {
            throw ProblemException.invalid("sort", Messages.get("query.distance-sort"));
        }
        return point == null ? null : new Proximity(point.latitude(), point.longitude(), radius);
    }
}
