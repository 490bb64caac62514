package no.ips.outreach.registers.entity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A unit as a register publishes it, cleaned of the registers' quirks: no placeholder NACE code, the employee count
 * null when not registered, the address on one line, and the municipality in today's numbering (the published one is
 * kept beside it). {@code employeeBand} is the register's band ("5-9") where it gives no count, as CVR does.
 * {@code parentNumber} is the legal unit a local unit belongs to (Norway's overordnetEnhet, the CVR
 * number of a Danish P-unit).
 */
public record RegisterUnit(UnitKind kind, String number, String parentNumber, String name, String organisationForm,
                           String naceCode, NaceVersion naceVersion, Integer employees, String employeeBand, String street, String postcode,
                           String city, String municipalityCode, String publishedMunicipalityCode,
                           boolean advertisingProtected, LocalDate closedOn) {

    /** A digest of what an import may change, to tell a changed unit from an unchanged one without reading it. */
    public long contentHash() {
        long h = 1125899906842597L;
        for (Object part : new Object[] {parentNumber, name, organisationForm, naceCode, naceVersion, employees, employeeBand, street,
                postcode, city, municipalityCode, publishedMunicipalityCode, advertisingProtected, closedOn}) {
            String text = Objects.toString(part, "\u0000");
            for (int i = 0; i < text.length(); i++) {
                h = 31 * h + text.charAt(i);
            }
            h = 31 * h + 0x1F;
        }
        return h;
    }

    public boolean isClosed() {
        return closedOn != null;
    }
}
