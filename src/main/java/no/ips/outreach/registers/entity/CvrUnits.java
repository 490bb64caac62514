package no.ips.outreach.registers.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.platform.language.Wording;

/**
 * Reads CVR's production units ({@code _source.VrproduktionsEnhed} of a search response) into register units: the
 * P-number, the CVR number it belongs to, the newest name, address and main industry (DB07, kept as its NACE class),
 * the newest yearly employee band, whether it has advertising protection ({@code reklamebeskyttet}), and the day its
 * life ended, if it has.
 */
public final class CvrUnits {

    /** DB07's "unknown industry". */
    private static final String UNKNOWN_INDUSTRY = "999999";

    private CvrUnits() {
    }

    public static Reading read(Fields fields) {
        if (!(fields instanceof JsonFields json) || !(json.json().get("VrproduktionsEnhed") instanceof JsonObject unit)) {
            return Reading.refused(null, Wording.of("registers.refused.not-p-unit"));
        }
        String pNumber = number(unit.get("pNummer"));
        if (pNumber == null || !pNumber.matches("\\d{10}")) {
            return Reading.refused(pNumber, Wording.of("registers.refused.p-number", pNumber));
        }
        JsonObject meta = unit.get("produktionsEnhedMetadata") instanceof JsonObject m ? m : JsonValue.EMPTY_JSON_OBJECT;
        String name = text(meta.get("nyesteNavn"), "navn");
        if (name == null) {
            return Reading.refused(pNumber, Wording.of("registers.refused.no-name", "produktionsEnhedMetadata.nyesteNavn"));
        }
        String cvr = number(meta.get("nyesteCvrNummerRelation"));
        if (cvr != null && OrganisationNumber.problem(Country.DK, cvr).isPresent()) {
            return Reading.refused(pNumber, Wording.of("registers.refused.cvr", cvr));
        }
        String industry = text(meta.get("nyesteHovedbranche"), "branchekode");
        String nace = null;
        if (industry != null && !industry.equals(UNKNOWN_INDUSTRY)) {
            if (!industry.matches("\\d{6}")) {
                return Reading.refused(pNumber, Wording.of("registers.refused.db07", industry));
            }
            nace = industry.substring(0, 2) + "." + industry.substring(2, 4);
        }
        LocalDate closed;
        try {
            closed = ended(unit.get("livsforloeb"));
        } catch (DateTimeParseException e) {
            return Reading.refused(pNumber, Wording.of("registers.refused.date", "livsforloeb", e.getParsedString()));
        }
        JsonObject at = meta.get("nyesteBeliggenhedsadresse") instanceof JsonObject a ? a : JsonValue.EMPTY_JSON_OBJECT;
        String postcode = number(at.get("postnummer"));
        String kommune = at.get("kommune") instanceof JsonObject k ? number(k.get("kommuneKode")) : null;
        String municipality = kommune == null ? null : "0".repeat(Math.max(0, 4 - kommune.length())) + kommune;
        return Reading.of(new RegisterUnit(UnitKind.P_UNIT, pNumber, cvr, cut(name, 300), null, nace,
                nace == null ? null : NaceVersion.DB07, null, band(unit.get("aarsbeskaeftigelse")), street(at),
                postcode != null && postcode.matches("\\d{4}") ? postcode : null, cut(text(at, "postdistrikt"), 100),
                municipality, municipality, unit.getBoolean("reklamebeskyttet", false), closed));
    }

    /** "Vester Farimagsgade 23B, c/o ..." from the parts CVR keeps apart. */
    private static String street(JsonObject at) {
        StringBuilder street = new StringBuilder();
        Optional.ofNullable(text(at, "vejnavn")).ifPresent(street::append);
        Optional.ofNullable(number(at.get("husnummerFra"))).ifPresent(n -> street.append(' ').append(n));
        Optional.ofNullable(text(at, "bogstavFra")).ifPresent(street::append);
        Optional.ofNullable(text(at, "etage")).ifPresent(floor -> street.append(", ").append(floor).append('.'));
        Optional.ofNullable(text(at, "conavn")).ifPresent(co -> street.append(", c/o ").append(co));
        String text = street.toString().trim();
        return text.isEmpty() ? null : cut(text, 400);
    }

    /** The newest year's band of employees: {@code ANTAL_5_9} is "5-9". */
    private static String band(JsonValue years) {
        if (!(years instanceof JsonArray array) || array.isEmpty()) {
            return null;
        }
        JsonObject newest = null;
        for (JsonValue year : array) {
            if (year instanceof JsonObject y && (newest == null || y.getInt("aar", 0) >= newest.getInt("aar", 0))) {
                newest = y;
            }
        }
        String code = newest == null ? null : text(newest, "intervalKodeAntalAnsatte");
        return code == null || !code.startsWith("ANTAL_") ? null : code.substring(6).replace('_', '-');
    }

    /** The end of the newest period of life, when it has one: the unit has closed. */
    private static LocalDate ended(JsonValue life) {
        if (!(life instanceof JsonArray periods) || periods.isEmpty()) {
            return null;
        }
        LocalDate lastEnd = null;
        for (JsonValue period : periods) {
            JsonObject p = period instanceof JsonObject o && o.get("periode") instanceof JsonObject inner ? inner : null;
            if (p == null) {
                continue;
            }
            String to = text(p, "gyldigTil");
            if (to == null) {
                return null; // a period still open: alive
            }
            LocalDate end = LocalDate.parse(to);
            lastEnd = lastEnd == null || end.isAfter(lastEnd) ? end : lastEnd;
        }
        return lastEnd;
    }

    private static String text(JsonValue object, String key) {
        if (!(object instanceof JsonObject o)) {
            return null;
        }
        JsonValue value = o.get(key);
        if (value instanceof JsonString s) {
            return s.getString().isBlank() ? null : s.getString().trim();
        }
        return value instanceof JsonNumber n ? n.toString() : null;
    }

    private static String number(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.bigIntegerValue().toString();
        }
        return value instanceof JsonString s && !s.getString().isBlank() ? s.getString().trim() : null;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
