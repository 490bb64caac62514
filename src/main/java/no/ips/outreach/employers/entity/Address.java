package no.ips.outreach.employers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where the workplace is. Coordinates are WGS84 degrees and drive distance search. */
@Embeddable
public class Address {

    public static final int STREET_LENGTH = 200;
    public static final int CITY_LENGTH = 100;

    @Column(name = "street", length = STREET_LENGTH)
    private String street;
    @Column(name = "postcode", length = 4)
    private String postcode;
    @Column(name = "city", length = CITY_LENGTH)
    private String city;
    @Column(name = "municipality_code", length = 4)
    private String municipalityCode;
    @Column(name = "latitude")
    private Double latitude;
    @Column(name = "longitude")
    private Double longitude;

    protected Address() {
    }

    public Address(String street, String postcode, String city, String municipalityCode, Double latitude, Double longitude) {
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.municipalityCode = municipalityCode;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String street() {
        return street;
    }

    public String postcode() {
        return postcode;
    }

    public String city() {
        return city;
    }

    public String municipalityCode() {
        return municipalityCode;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }

    /** The same address at other coordinates. */
    public Address at(double latitude, double longitude) {
        return new Address(street, postcode, city, municipalityCode, latitude, longitude);
    }

    public boolean hasCoordinates() {
        return latitude != null && longitude != null;
    }
}
