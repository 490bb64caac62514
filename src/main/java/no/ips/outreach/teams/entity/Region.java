package no.ips.outreach.teams.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a team works, for comparing teams across the country: a Norwegian NAV office by its county (the first two
 * digits of its kommunenummer, counties as SSB lists them from 2024), a Danish jobcentre by its country, since no
 * published municipality-to-region list is at hand yet.
 *
 * @param code {@code NO-18} for Nordland, {@code NO} for an office without a known municipality, {@code DK}
 */
public record Region(String code, String name) {

    private static final Map<String, String> COUNTIES = counties();

    public static Region of(TeamKind kind, String municipalityCode) {
        if (kind == TeamKind.JOBCENTRE) {
            return new Region("DK", "Danmark");
        }
        String county = municipalityCode == null || municipalityCode.length() < 2 ? null
                : COUNTIES.containsKey(municipalityCode.substring(0, 2)) ? municipalityCode.substring(0, 2) : null;
        return county == null ? new Region("NO", "Norge") : new Region("NO-" + county, COUNTIES.get(county));
    }

    private static Map<String, String> counties() {
        Map<String, String> counties = new LinkedHashMap<>();
        try (var in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                Region.class.getResourceAsStream("/regions/no-counties-2024.csv")), StandardCharsets.UTF_8))) {
            in.lines().filter(line -> !line.startsWith("#") && !line.startsWith("code,"))
                    .map(line -> line.split(",", 2)).forEach(cells -> counties.put(cells[0], cells[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counties;
    }
}
