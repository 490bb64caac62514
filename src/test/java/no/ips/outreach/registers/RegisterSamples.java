package no.ips.outreach.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The real register records staged beside the repository in {@code ../shared/data/registers} (see its README for
 * each file's source and licence). They are read from there, not copied into the repository: they hold names of
 * natural persons, and the Danish ones may not be republished. The folder is found from Maven's {@code basedir} (the
 * repository's root, whatever directory the test JVM runs in); {@code -Doutreach.registers.samples=DIR} names another.
 * A test that needs them fails with a message saying where they were looked for, never silently skips.
 */
public final class RegisterSamples {

    public static final Path HOME = home();
    public static final Path UNDERENHETER_CSV = sample("no/brreg_underenheter_nordland_sample.csv");
    public static final Path ENHETER_CSV = sample("no/brreg_enheter_sample.csv");
    public static final Path UNDERENHETER_JSON = sample("no/brreg_underenheter_lastned_sample.json");
    public static final Path CVR_P_UNITS = sample("dk/cvr_es_vrproduktionsenhed_10units.json");

    private RegisterSamples() {
    }

    private static Path home() {
        String named = System.getProperty("outreach.registers.samples");
        if (named != null) {
            return Path.of(named).toAbsolutePath().normalize();
        }
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../shared/data/registers").normalize();
    }

    /** A sample file; an assertion error (not a skip) when it is missing, since CI runs with shared/ beside the clone. */
    private static Path sample(String name) {
        Path file = HOME.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("The register sample " + file + " is missing. The tests read the real samples from "
                    + "../shared/data/registers beside the repository (found from Maven's basedir); put a copy of shared/ "
                    + "there or name the folder with -Doutreach.registers.samples=DIR.");
        }
        return file;
    }

    public static Path gzipped(Path file, Path directory) throws IOException {
        Path target = directory.resolve(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(file, out);
        }
        return target;
    }
}
