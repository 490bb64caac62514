package no.ips.outreach.participants.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import no.ips.outreach.participants.entity.HomeArea;

/** Where a participant lives, as coarse as they like. */
public record HomeAreaPayload(
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.postcode}") String postcode,
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.municipality-code}") String municipalityCode,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude) {

    HomeArea toHomeArea() {
        return new HomeArea(postcode, municipalityCode, latitude, longitude);
    }

    static HomeAreaPayload of(HomeArea home) {
        return home == null ? null : new HomeAreaPayload(home.postcode(), home.municipalityCode(), home.latitude(), home.longitude());
    }
}
