package no.ips.outreach.employers.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.ips.outreach.employers.entity.Address;

/** An employer's address as it travels over the API. */
public record AddressPayload(
        @Size(max = Address.STREET_LENGTH) String street,
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.postcode}") String postcode,
        @Size(max = Address.CITY_LENGTH) String city,
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.municipality-code}") String municipalityCode,
        @DecimalMin(value = "-90", message = "{outreach.v.latitude}")
        @DecimalMax(value = "90", message = "{outreach.v.latitude}") Double latitude,
        @DecimalMin(value = "-180", message = "{outreach.v.longitude}")
        @DecimalMax(value = "180", message = "{outreach.v.longitude}") Double longitude) {

    public Address toAddress() {
        return new Address(street, postcode, city, municipalityCode, latitude, longitude);
    }

    public static AddressPayload of(Address address) {
        return address == null ? null : new AddressPayload(address.street(), address.postcode(), address.city(),
                address.municipalityCode(), address.latitude(), address.longitude());
    }
}
