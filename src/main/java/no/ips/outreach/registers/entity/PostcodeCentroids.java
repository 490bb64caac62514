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

/**
 * Postcode centroids for Norway and Denmark, shipped in the WAR as data (GeoNames, CC BY 4.0, in zauberware's CSV
 * conversion; see the README). Read once, on first use; about 6,300 postcodes, a few hundred kilobytes. Plain Java
 * rather than a bean, because a schema migration places the employers registered before it with the same table.
 */
public final class PostcodeCentroids {

    private static final String[] FILES = {"registers/postcodes/geonames_zipcodes_no.csv", "registers/postcodes/geonames_zipcodes_dk.csv"};
    private static final int COUNTRY = 0;
    private static final int POSTCODE = 1;
    private static final int LATITUDE = 9;
    private static final int LONGITUDE = 10;

    private static volatile Map<String, Centroid> table;

    private PostcodeCentroids() {
    }

    /** The centroid of a postcode in a country given as its ISO code ({@code NO}, {@code DK}), if published. */
    public static Optional<Centroid> of(String country, String postcode) {
        if (country == null || postcode == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(table().get(country + postcode.trim()));
    }

    public static int size() {
        return table().size();
    }

    private static Map<String, Centroid> table() {
        Map<String, Centroid> loaded = table;
        if (loaded == null) {
            synchronized (PostcodeCentroids.class) {
                if (table == null) {
                    table = load();
                }
                loaded = table;
            }
        }
        return loaded;
    }

    private static Map<String, Centroid> load() {
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
