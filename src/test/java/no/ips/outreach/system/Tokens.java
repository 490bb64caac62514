package no.ips.outreach.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

/** A production-like token issuer for the system tests: the service only knows its public key and issuer. */
public final class Tokens {

    public static final String ISSUER = "https://login.outreach.test";

    private final KeyPair key = generate();
    private final KeyPair strangerKey = generate();

    /** Writes the public key where the service reads it from (MP_JWT_VERIFY_PUBLICKEY_LOCATION). */
    public Path writePublicKey(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("issuer-public.pem");
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String valid(String user, String role) {
        return sign(key, ISSUER, user, role, Instant.now().plus(Duration.ofHours(1)));
    }

    /** A token whose name and team claims let the service enrol the user as a specialist on first use. */
    public String inTeam(String user, String displayName, String role, String team) {
        return sign(key, ISSUER, user, role, Instant.now().plus(Duration.ofHours(1)), Map.of("name", displayName, "team", team));
    }

    public String expired(String user, String role) {
        return sign(key, ISSUER, user, role, Instant.now().minus(Duration.ofHours(1)));
    }

    public String fromAnotherIssuer(String user, String role) {
        return sign(key, "https://elsewhere.example", user, role, Instant.now().plus(Duration.ofHours(1)));
    }

    public String signedByAStranger(String user, String role) {
        return sign(strangerKey, ISSUER, user, role, Instant.now().plus(Duration.ofHours(1)));
    }

    /** A valid token, then changed: claims set to odd values, as a careless or hostile issuer might. */
    public String changed(String user, String role, java.util.function.Consumer<JwtClaims> change) {
        JwtClaims claims = claims(ISSUER, user, role, Instant.now().plus(Duration.ofHours(1)), Map.of());
        change.accept(claims);
        return sign(key, claims);
    }

    /** The same claims as {@code token}, signed with a key the service does not know. */
    public String resignedByAStranger(String token) {
        try {
            return sign(strangerKey, JwtClaims.parse(payload(token)));
        } catch (org.jose4j.jwt.consumer.InvalidJwtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same claims as {@code token}, unsigned: {@code alg=none} and an empty signature. */
    public static String unsigned(String token) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1] + ".";
    }

    /** {@code token} with {@code from} replaced by {@code to} in its claims and its original signature kept. */
    public static String tampered(String token, String from, String to) {
        String[] parts = token.split("\\.");
        String claims = payload(token);
        if (!claims.contains(from)) {
            throw new IllegalArgumentException(from + " is not in " + claims);
        }
        return parts[0] + "." + encode(claims.replace(from, to)) + "." + parts[2];
    }

    private static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String sign(KeyPair signer, String issuer, String user, String role, Instant expires) {
        return sign(signer, issuer, user, role, expires, Map.of());
    }

    private static String sign(KeyPair signer, String issuer, String user, String role, Instant expires,
                               Map<String, String> extraClaims) {
        return sign(signer, claims(issuer, user, role, expires, extraClaims));
    }

    private static JwtClaims claims(String issuer, String user, String role, Instant expires, Map<String, String> extraClaims) {
        JwtClaims claims = new JwtClaims();
        extraClaims.forEach(claims::setClaim);
        claims.setIssuer(issuer);
        claims.setSubject(user);
        claims.setClaim("upn", user);
        claims.setStringListClaim("groups", role);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromSeconds(expires.minus(Duration.ofHours(2)).getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(expires.getEpochSecond()));
        return claims;
    }

    private static String sign(KeyPair signer, JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signer.getPrivate());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
