package no.ips.outreach.participants.entity;

/** Where a participant lives, as coarse as they like: a postcode or municipality, with coordinates for distance. */
public record HomeArea(String postcode, String municipalityCode, Double latitude, Double longitude) {
}
