package no.ips.outreach.platform.dev;

import java.nio.file.Path;

/**
 * Dev mode: the embedded database, no production token issuer and no sign-in through an organisation's identity
 * provider. Only then does the service sign its own demo
 * tokens and fill the database with demo data. It is decided from the environment and system properties alone,
 * because the MP-JWT key must be known before MicroProfile Config is complete.
 */
public final class DevMode {

    public static final String ISSUER = "outreach-dev";

    private DevMode() {
    }

    public static boolean active() {
        String issuer = setting("mp.jwt.verify.issuer");
        boolean productionIssuer = issuer != null && !issuer.equals(ISSUER);
        boolean productionKey = setting("mp.jwt.verify.publickey.location") != null
                || setting("mp.jwt.verify.publickey") != null;
        boolean organisationSignIn = setting("outreach.oidc.issuer") != null;
        String dbUrl = setting("outreach.db.url");
        boolean embeddedDatabase = dbUrl == null || dbUrl.startsWith("jdbc:h2:");
        return embeddedDatabase && !productionIssuer && !productionKey && !organisationSignIn;
    }

    public static Path dataDir() {
        String dir = setting("outreach.data-dir");
        return Path.of(dir == null ? "data" : dir).toAbsolutePath();
    }

    /** A system property wins over the environment variable named by MicroProfile Config's mapping rules. */
    static String setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? null : value;
    }
}
