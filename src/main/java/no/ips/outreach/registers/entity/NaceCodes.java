package no.ips.outreach.registers.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Industry codes as the registers publish them. {@code 00.000} is Enhetsregisteret's placeholder for "not yet
 * classified" and means no code. A code is SN2007 when it is one of SN2007's 820 subclasses (SSB KLASS 6, version 30,
 * shipped as data); any other well-formed code is taken to be SN2025. Codes found in both editions are reported as
 * SN2007 unless the import says the file is in SN2025.
 */
public final class NaceCodes {

    public static final String PLACEHOLDER = "00.000";
    private static final Pattern FORM = Pattern.compile("\\d{2}\\.\\d{1,3}");
    private static final Set<String> SN2007 = load();

    private NaceCodes() {
    }

    /** The code without placeholders, or empty; a code that is not of the form NN.NNN is a problem for the caller. */
    public static Optional<String> meaningful(String published) {
        if (published == null || published.isBlank() || published.trim().equals(PLACEHOLDER)) {
            return Optional.empty();
        }
        return Optional.of(published.trim());
    }

    public static boolean wellFormed(String code) {
        return FORM.matcher(code).matches();
    }

    /** The edition a code is in, unless the file declares its edition. */
    public static NaceVersion version(String code, NaceVersion declared) {
        if (declared != null) {
            return declared;
        }
        return SN2007.contains(code) ? NaceVersion.SN2007 : NaceVersion.SN2025;
    }

    public static boolean inSn2007(String code) {
        return SN2007.contains(code);
    }

    private static Set<String> load() {
        Set<String> codes = new HashSet<>(1024);
        try (InputStream in = NaceCodes.class.getClassLoader().getResourceAsStream("registers/sn2007_subclasses.txt")) {
            if (in == null) {
                throw new IllegalStateException("The SN2007 code list is missing from the build");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    codes.add(line.trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(codes);
    }
}
