package no.ips.outreach.demo.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.RelationshipStage;

/**
 * The demo employers: Bodø's real workplaces (kommunenummer 1804), the underenheter of Enhetsregisteret in the
 * extract {@code demo/bodo_underenheter.csv} (NLOD 2.0, Brønnøysundregistrene; sole proprietorships left out, see
 * {@code src/tools/bodo_employers.py}). Name, organisation number, industry, size, address and web site are the
 * register's; the position is the postcode's centroid (approximate). What the register does not say (stage, needs,
 * tags, one do-not-contact) is the demo's own, and no phone number is made up for a real business.
 */
final class DemoEmployers {

    static final String BODO = "1804";
    static final double CENTRE_LAT = 67.2804;
    static final double CENTRE_LON = 14.4049;
    private static final String EXTRACT = "no/ips/outreach/demo/bodo_underenheter.csv";

    /** One row of the extract. */
    record Unit(String number, String name, String nace, Integer employees, String website, String street,
                String postcode, String city) {
    }

    static final List<String> TAGS = List.of("rekrutterer", "deltid", "sommerjobb", "IPS-vennlig", "turnus",
            "lærlingplass", "sertifikat-krav");

    private final Random random;

    DemoEmployers(Random random) {
        this.random = random;
    }

    /** The register's units of Bodø, in the extract's order (by organisation number). */
    static List<Unit> units() {
        List<Unit> units = new ArrayList<>();
        try (InputStream in = DemoEmployers.class.getClassLoader().getResourceAsStream(EXTRACT);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                List<String> f = fields(line);
                units.add(new Unit(f.get(0), f.get(1), f.get(2), f.get(3).isEmpty() ? null : Integer.valueOf(f.get(3)),
                        f.get(4).isEmpty() ? null : f.get(4), f.get(5).isEmpty() ? null : f.get(5).replace("/n", ", "),
                        f.get(6), city(f.get(7))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    EmployerProfile profile(Unit unit, int index) {
        Set<String> tags = new HashSet<>();
        if (random.nextInt(3) == 0) {
            tags.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        boolean doNotContact = index % 61 == 7;
        // a hiring partner is one of the employers the specialists' portfolios know well (the first ~60)
        RelationshipStage stage = index % 17 == 3 && index < 60 ? RelationshipStage.HIRING_PARTNER : null;
        String website = unit.website() == null ? null
                : unit.website().startsWith("http") ? unit.website() : "https://" + unit.website();
        return new EmployerProfile(unit.name(), unit.nace(), unit.employees(),
                new Address(unit.street(), unit.postcode(), unit.city(), BODO, null, null), website, null,
                needs(unit.nace()), stage, doNotContact,
                doNotContact ? "Demo: satt som «ikke kontakt» for å vise hvordan det ser ut." : null, tags);
    }

    private String needs(String nace) {
        return switch (nace.substring(0, 2)) {
            case "47", "56" -> "Trenger folk til helg og kveld, særlig i sommersesongen.";
            case "86", "87", "88" -> "Mangler assistenter og renholdere; åpne for tilrettelagte stillinger.";
            case "81" -> "Har faste renholdsruter og tar inn nye ved oppstart av kontrakter.";
            case "85", "84" -> "Kan tilby praksisplass i drift, kantine eller vaktmestertjeneste.";
            default -> random.nextBoolean() ? "Vekst i år; ønsker å høre om kandidater som passer." : null;
        };
    }

    /** "BODØ" as a place name is written: Bodø. */
    private static String city(String registered) {
        return registered.isEmpty() ? null
                : registered.charAt(0) + registered.substring(1).toLowerCase(Locale.forLanguageTag("nb"));
    }

    /** The extract's values are all quoted ("a","b"), "" inside one is a quote. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(value.toString());
                value.setLength(0);
            } else {
                value.append(c);
            }
        }
        fields.add(value.toString());
        return fields;
    }
}
