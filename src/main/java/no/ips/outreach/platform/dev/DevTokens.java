package no.ips.outreach.platform.dev;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** Signs ready-made tokens for the demo users and writes them to data/dev-tokens.json. */
public final class DevTokens {

    /** The demo users: user name to display name and role. */
    public static final Map<String, List<String>> USERS = Map.of(
            "kari", List.of("Kari Nordmo", "specialist"),
            "ola", List.of("Ola Hansen", "specialist"),
            "ingrid", List.of("Ingrid Berg", "specialist"),
            "liv", List.of("Liv Solheim", "manager"),
            "admin", List.of("Outreach Admin", "admin"));

    /** The demo users' team, named in their tokens' team claim. */
    public static final String DEMO_TEAM = "nav-bodo";

    private static final Duration LIFETIME = Duration.ofDays(30);

    private DevTokens() {
    }

    public static Path write(Path dataDir, KeyPair key, Instant now) {
        JsonObjectBuilder file = Json.createObjectBuilder();
        USERS.keySet().stream().sorted().forEach(user -> {
            String role = USERS.get(user).get(1);
            file.add(user, Json.createObjectBuilder()
                    .add("name", USERS.get(user).get(0))
                    .add("role", role)
                    .add("token", sign(key, user, USERS.get(user).get(0), role, now)));
        });
        Path target = dataDir.resolve("dev-tokens.json");
        try {
            Files.writeString(target, file.build().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static String sign(KeyPair key, String user, String displayName, String role, Instant now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevMode.ISSUER);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setClaim("preferred_username", user);
        claims.setClaim("name", displayName);
        claims.setClaim("team", DEMO_TEAM);
        claims.setStringListClaim("groups", role);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(now.plus(LIFETIME).getEpochSecond()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a dev token", e);
        }
    }
}
