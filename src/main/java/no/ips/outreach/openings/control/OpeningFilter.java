package no.ips.outreach.openings.control;

import no.ips.outreach.openings.entity.OpeningStatus;

/**
 * Which openings to list; every field is optional. {@code status} means the status as read now, so EXPIRED includes
 * open openings past their deadline. {@code nearLatitude}, {@code nearLongitude} and {@code radiusKm} go together.
 */
public record OpeningFilter(
        Long employerId,
        OpeningStatus status,
        String occupationPrefix,
        String municipalityCode,
        Double nearLatitude,
        Double nearLongitude,
        Double radiusKm) {

    public static OpeningFilter all() {
        return new OpeningFilter(null, null, null, null, null, null, null);
    }

    public boolean isNear() {
        return nearLatitude != null && nearLongitude != null && radiusKm != null;
    }
}
