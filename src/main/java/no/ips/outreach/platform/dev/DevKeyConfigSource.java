package no.ips.outreach.platform.dev;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * In dev mode only, hands the token verifier the public half of the local dev key. Its low ordinal means
 * any configured key wins; outside dev mode it supplies nothing at all.
 */
public class DevKeyConfigSource implements ConfigSource {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";

    private final Map<String, String> properties = DevMode.active()
            ? Map.of(PUBLIC_KEY, DevSigningKey.publicKeyPem(DevSigningKey.loadOrCreate(DevMode.dataDir())))
            : Map.of();

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public String getName() {
        return "outreach-dev-signing-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
