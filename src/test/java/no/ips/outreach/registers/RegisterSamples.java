package no.ips.outreach.registers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The real register records staged beside the repository in {@code ../shared/data/registers} (see its README for
 * each file's source and licence). They are read from there, not copied into the repository: they hold names of
 * natural persons, and the Danish ones may not be republished.
 */
public final class RegisterSamples {

    public static final Path HOME = Path.of(System.getProperty("outreach.registers.samples", "../shared/data/registers"));
    public static final Path UNDERENHETER_CSV = HOME.resolve("no/brreg_underenheter_nordland_sample.csv");
    public static final Path ENHETER_CSV = HOME.resolve("no/brreg_enheter_sample.csv");
    public static final Path UNDERENHETER_JSON = HOME.resolve("no/brreg_underenheter_lastned_sample.json");
    public static final Path CVR_P_UNITS = HOME.resolve("dk/cvr_es_vrproduktionsenhed_10units.json");

    private RegisterSamples() {
    }

    public static Path gzipped(Path file, Path directory) throws IOException {
        Path target = directory.resolve(file.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            Files.copy(file, out);
        }
        return target;
    }
}
