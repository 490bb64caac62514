package no.ips.outreach.registers.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Postcode centroids for Norway and Denmark, shipped in the WAR as data (GeoNames, CC BY 4.0, in zauberware's CSV
 * conversion; see the README). Read once, on first use; about 6,300 postcodes, a few hundred kilobytes. Plain Java
 * rather than a bean, because a schema migration places the employers registered before it with the same table.
 */
public final class PostcodeCentroids {

    private static final String[] FILES = {"registers/postcodes/geonames_zipcodes_no.csv", "registers/postcodes/geonames_zipcodes_dk.csv"};
    private static final int COUNTRY = 0;
    private static final int POSTCODE = 1;
    private static final int MUNICIPALITY = 6;
    private static final int LATITUDE = 9;
    private static final int LONGITUDE = 10;

    private static volatile Map<String, Centroid> table;
    private static volatile Map<String, String> municipalities;
    private static volatile Set<String> currentMunicipalities;

    private PostcodeCentroids() {
    }

    /** The centroid of a postcode in a country given as its ISO code ({@code NO}, {@code DK}), if published. */
    public static Optional<Centroid> of(String country, String postcode) {
        if (country == null || postcode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(table().get(country + postcode.trim()));
    }

    /**
     * The municipality a postcode lies in, in today's numbering (GeoNames has Norway's 2024 kommunenummer and Denmark's
     * kommunekode, here with the leading zero as the registers write it).
     */
    public static Optional<String> municipality(String country, String postcode) {
        if (country == null || postcode == null) {
            return Optional.empty();
        }
        table();
        return Optional.ofNullable(municipalities.get(country + postcode.trim()));
    }

    /** Whether a municipality number is one in use today, in a country given as its ISO code. */
    public static boolean isCurrentMunicipality(String country, String code) {
        table();
        return code != null && currentMunicipalities.contains(country + code);
    }

    public static int size() {
        return table().size();
    }

    private static Map<String, Centroid> table() {
        Map<String, Centroid> loaded = table;
        if (loaded == null) {
            synchronized (PostcodeCentroids.class) {
                if (table == null) {
                    Map<String, String> places = new HashMap<>(8192);
                    Map<String, Centroid> centroids = load(places);
                    municipalities = Map.copyOf(places);
                    currentMunicipalities = places.entrySet().stream()
                            .map(e -> e.getKey().substring(0, 2) + e.getValue()).collect(Collectors.toUnmodifiableSet());
                    table = centroids;
                }
                loaded = table;
            }
        }
        return loaded;
    }

    private static Map<String, Centroid> load(Map<String, String> places) {
        Map<String, Centroid> centroids = new HashMap<>(8192);
        for (String file : FILES) {
            try (InputStream in = PostcodeCentroids.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("The postcode table " + file + " is missing from the build");
                }
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                lines.readLine(); // the header
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    // The conversion quotes nothing and no place name holds a comma (checked for both files).
                    String[] f = line.split(",", -1);
                    if (!f[MUNICIPALITY].isEmpty()) {
                        places.put(f[COUNTRY] + f[POSTCODE], "0".repeat(Math.max(0, 4 - f[MUNICIPALITY].length())) + f[MUNICIPALITY]);
                    }
                    centroids.put(f[COUNTRY] + f[POSTCODE],
                            new Centroid(Double.parseDouble(f[LATITUDE]), Double.parseDouble(f[LONGITUDE])));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(centroids);
    }
}
