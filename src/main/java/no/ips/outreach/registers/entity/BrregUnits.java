package no.ips.outreach.registers.entity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.platform.language.Wording;

/**
 * Reads Enhetsregisteret's records (the bulk files' field names, as in its CSV headers and JSON) into register units,
 * with the quirks of the real data handled: a blank or unregistered employee count is null; {@code 00.000} is no
 * code; address lines are joined with ", "; a municipality number from before the 2020 and 2024 reforms is replaced
 * by the one its postcode lies in today (the published number is kept). A record without a valid organisation number
 * or a name, or with a malformed count, code or date, is refused with the reason.
 */
public final class BrregUnits {

    private static final int NAME_LENGTH = 300;
    private static final int STREET_LENGTH = 400;
    private static final int CITY_LENGTH = 100;

    private BrregUnits() {
    }

    public static Reading read(UnitKind kind, Fields f, NaceVersion declared) {
        String number = f.text("organisasjonsnummer");
        if (number == null) {
            return Reading.refused(null, Wording.of("registers.refused.no-orgnr"));
        }
        Optional<Wording> invalid = OrganisationNumber.reason(Country.NO, number);
        if (invalid.isPresent()) {
            return Reading.refused(number, invalid.get());
        }
        String name = f.text("navn");
        if (name == null) {
            return Reading.refused(number, Wording.of("registers.refused.no-name", "navn"));
        }
        Integer employees;
        try {
            employees = employees(f);
        } catch (NumberFormatException e) {
            return Reading.refused(number, Wording.of("registers.refused.employees", f.text("antallAnsatte")));
        }
        Optional<String> nace = NaceCodes.meaningful(f.text("naeringskode1.kode"));
        if (nace.isPresent() && !NaceCodes.wellFormed(nace.get())) {
            return Reading.refused(number, Wording.of("registers.refused.nace", nace.get()));
        }
        LocalDate closed;
        try {
            closed = closedOn(f);
        } catch (DateTimeParseException e) {
            return Reading.refused(number, Wording.of("registers.refused.date", "slettedato/nedleggelsesdato", e.getParsedString()));
        }
        String parent = f.text("overordnetEnhet");
        if (parent != null && OrganisationNumber.problem(Country.NO, parent).isPresent()) {
            return Reading.refused(number, Wording.of("registers.refused.parent", parent));
        }
        String address = kind == UnitKind.ENHET ? "forretningsadresse" : "beliggenhetsadresse";
        String postcode = postcode(f.text(address + ".postnummer"));
        String published = municipality(f.text(address + ".kommunenummer"));
        String municipality = published == null || PostcodeCentroids.isCurrentMunicipality("NO", published)
                ? published : PostcodeCentroids.municipality("NO", postcode).orElse(published);
        return Reading.of(new RegisterUnit(kind, number, parent, cut(name, NAME_LENGTH), f.text("organisasjonsform.kode"),
                nace.orElse(null), nace.map(code -> NaceCodes.version(code, declared)).orElse(null), employees, null,
                cut(street(f.lines(address + ".adresse")), STREET_LENGTH), postcode,
                cut(f.text(address + ".poststed"), CITY_LENGTH), municipality, published, false, closed));
    }

    /** Null when blank, or when the register says no count is registered ({@code harRegistrertAntallAnsatte}). */
    private static Integer employees(Fields f) {
        String count = f.text("antallAnsatte");
        if (count == null || "false".equals(f.text("harRegistrertAntallAnsatte"))) {
            return null;
        }
        int n = Integer.parseInt(count.trim());
        if (n < 0) {
            throw new NumberFormatException(count);
        }
        return n;
    }

    /** The JSON has {@code slettedato}; the CSV a local unit's {@code nedleggelsesdato}. */
    private static LocalDate closedOn(Fields f) {
        String deleted = f.text("slettedato");
        String closed = f.text("nedleggelsesdato");
        String date = deleted != null ? deleted : closed;
        return date == null ? null : LocalDate.parse(date.trim());
    }

    private static String street(List<String> lines) {
        String joined = lines.stream().map(String::trim).filter(line -> !line.isEmpty()).collect(Collectors.joining(", "));
        return joined.isEmpty() ? null : joined;
    }

    /** Norwegian postcodes are four digits; a foreign one has no place in the columns and is dropped. */
    private static String postcode(String value) {
        return value != null && value.trim().matches("\\d{4}") ? value.trim() : null;
    }

    private static String municipality(String value) {
        return value != null && value.trim().matches("\\d{4}") ? value.trim() : null;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
