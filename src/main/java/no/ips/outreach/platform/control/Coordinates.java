package no.ips.outreach.platform.control;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/** A point given as "lat,lon" in a query parameter such as near=67.28,14.40; anything else is a 400 naming it. */
public record Coordinates(double latitude, double longitude) {

    public static Coordinates parse(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length == 2 && parts[0].trim().matches("-?\\d+(\\.\\d+)?") && parts[1].trim().matches("-?\\d+(\\.\\d+)?")) {
            double lat = Double.parseDouble(parts[0].trim());
            double lon = Double.parseDouble(parts[1].trim());
            if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
                return new Coordinates(lat, lon);
            }
        }
        throw ProblemException.invalid(name, Messages.get("query.coordinates"));
    }
}
