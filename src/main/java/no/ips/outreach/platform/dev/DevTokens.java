package no.ips.outreach.platform.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
        Instant issued = now.truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(DevMode.ISSUER)
                .subject(user)
                .claim("upn", user)
                .claim("preferred_username", user)
                .claim("name", displayName)
                .claim("team", DEMO_TEAM)
                .claim("groups", List.of(role))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issued))
                .expirationTime(Date.from(issued.plus(LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a dev token", e);
        }
    }
}
