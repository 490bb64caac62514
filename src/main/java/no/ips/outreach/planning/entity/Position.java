package no.ips.outreach.planning.entity;

/** A point on the map in WGS84 degrees, as stored on an employer's address. */
public record Position(double latitude, double longitude) {

    public Position {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees: " + latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("longitude must be between -180 and 180 degrees: " + longitude);
        }
    }
}
