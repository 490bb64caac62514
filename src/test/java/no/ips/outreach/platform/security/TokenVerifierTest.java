package no.ips.outreach.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way a bearer token can be wrong is refused; a right one comes back with its claims. */
class TokenVerifierTest {

    private static final String ISSUER = "https://login.example.test";

    private final KeyPair key = generate();
    private final KeyPair stranger = generate();

    @Test
    void aTokenSignedByTheIssuersKeyIsVerifiedWithItsClaims() {
        VerifiedToken token = verifier(Map.of()).verify(sign(key, claims -> { })).orElseThrow();

        assertThat(token.getName()).isEqualTo("kari");
        assertThat(token.getGroups()).containsExactly("specialist");
        assertThat(token.<String>getClaim("team")).isEqualTo("Vest");
        assertThat(token.getExpirationTime()).isGreaterThan(Instant.now().getEpochSecond());
        assertThat(token.getRawToken()).isNotBlank();
    }

    @Test
    void expiredForgedForeignAndAlteredTokensAreRefused() {
        TokenVerifier verifier = verifier(Map.of());
        String good = sign(key, claims -> { });
        String[] parts = good.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elevated = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"specialist\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));

        Map<String, String> wrong = new HashMap<>();
        wrong.put("expired", sign(key, c -> c.setExpirationTime(NumericDate.fromSeconds(Instant.now().getEpochSecond() - 1))));
        wrong.put("no expiry", sign(key, c -> c.unsetClaim("exp")));
        wrong.put("another issuer", sign(key, c -> c.setIssuer("https://elsewhere.example")));
        wrong.put("another key", sign(stranger, c -> { }));
        wrong.put("alg=none", base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".");
        wrong.put("HS256 keyed with the public key", hmacWithPublicKey(parts[1]));
        wrong.put("claims changed, signature kept", parts[0] + "." + elevated + "." + parts[2]);
        wrong.put("not a token", "not.a.token");
        wrong.put("empty", "");

        wrong.forEach((how, token) -> assertThat(verifier.verify(token)).as(how).isEmpty());
        assertThat(verifier.verify(good)).isPresent();
    }

    @Test
    void notBeforeAndIssuedAtAreLeftToTheTokenRulesWhichGiveTheReason() {
        long inAnHour = Instant.now().getEpochSecond() + 3600;

        assertThat(verifier(Map.of()).verify(sign(key, c -> c.setNotBefore(NumericDate.fromSeconds(inAnHour))))).isPresent();
    }

    @Test
    void withAudiencesConfiguredATokenForAnotherAudienceIsRefused() {
        TokenVerifier verifier = verifier(Map.of("mp.jwt.verify.audiences", "api://outreach, api://other"));

        assertThat(verifier.verify(sign(key, c -> c.setAudience("api://outreach")))).isPresent();
        assertThat(verifier.verify(sign(key, c -> c.setAudience("api://payroll")))).isEmpty();
        assertThat(verifier.verify(sign(key, c -> { }))).as("no audience at all").isEmpty();
    }

    @Test
    void withATokenAgeATokenIssuedLongerAgoIsRefusedWhateverItsExpiry() {
        TokenVerifier verifier = verifier(Map.of("mp.jwt.verify.token.age", "300"));
        long now = Instant.now().getEpochSecond();

        assertThat(verifier.verify(sign(key, c -> c.setIssuedAt(NumericDate.fromSeconds(now - 100))))).isPresent();
        assertThat(verifier.verify(sign(key, c -> c.setIssuedAt(NumericDate.fromSeconds(now - 1000))))).isEmpty();
    }

    @Test
    void theKeyMayBeAPemFileOrAJwkSet(@TempDir Path dir) throws Exception {
        Path pem = Files.writeString(dir.resolve("issuer.pem"), pem(key));
        RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) key.getPublic());
        jwk.setKeyId("k1");
        String jwks = new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
        Path jwksFile = Files.writeString(dir.resolve("jwks.json"), jwks);

        for (Map<String, String> settings : java.util.List.of(
                Map.of("mp.jwt.verify.publickey.location", pem.toUri().toString()),
                Map.of("mp.jwt.verify.publickey.location", jwksFile.toString()),
                Map.of("mp.jwt.verify.publickey", jwks))) {
            Map<String, String> config = new HashMap<>(settings);
            config.put("mp.jwt.verify.issuer", ISSUER);
            TokenVerifier verifier = new TokenVerifier(new MapConfig(config));
            assertThat(verifier.verify(sign(key, c -> { }))).as(settings.toString()).isPresent();
            assertThat(verifier.verify(sign(stranger, c -> { }))).as(settings.toString()).isEmpty();
        }
    }

    @Test
    void aPemKeyVerifiesWhateverKeyIdAndTypeTheTokenNamesAndAJwkSetOnlyItsOwnKeyIds() throws Exception {
        Map<String, String> providerHeaders = Map.of("kid", "rotated-2026", "typ", "at+jwt");
        assertThat(verifier(Map.of()).verify(sign(key, providerHeaders, c -> { }))).isPresent();

        RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) key.getPublic());
        jwk.setKeyId("k1");
        TokenVerifier withJwks = new TokenVerifier(new MapConfig(Map.of("mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.publickey", new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY))));
        assertThat(withJwks.verify(sign(key, Map.of("kid", "k1"), c -> { }))).isPresent();
        assertThat(withJwks.verify(sign(key, Map.of("kid", "k2"), c -> { }))).as("a key id the set does not hold").isEmpty();
    }

    @Test
    void withoutAnIssuerOrAUsableKeyEveryTokenIsRefused() {
        assertThat(new TokenVerifier(new MapConfig(Map.of("mp.jwt.verify.publickey", pem(key))))
                .verify(sign(key, c -> { }))).isEmpty();
        assertThat(new TokenVerifier(new MapConfig(Map.of("mp.jwt.verify.issuer", ISSUER, "mp.jwt.verify.publickey", "not a key")))
                .verify(sign(key, c -> { }))).isEmpty();
    }

    private TokenVerifier verifier(Map<String, String> extra) {
        Map<String, String> config = new HashMap<>(extra);
        config.put("mp.jwt.verify.issuer", ISSUER);
        config.put("mp.jwt.verify.publickey", pem(key));
        return new TokenVerifier(new MapConfig(config));
    }

    private static String sign(KeyPair signer, Consumer<JwtClaims> change) {
        return sign(signer, Map.of(), change);
    }

    private static String sign(KeyPair signer, Map<String, String> headers, Consumer<JwtClaims> change) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setSubject("kari");
        claims.setClaim("upn", "kari");
        claims.setClaim("team", "Vest");
        claims.setStringListClaim("groups", "specialist");
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plus(Duration.ofHours(1)).getEpochSecond()));
        change.accept(claims);
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(signer.getPrivate());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            headers.forEach(jws::setHeader);
            return jws.getCompactSerialization();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The classic confusion attack: HS256 with the issuer's public key, which is no secret, as the HMAC key. */
    private String hmacWithPublicKey(String payload) {
        try {
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
            jws.setKey(new HmacKey(pem(key).getBytes(StandardCharsets.US_ASCII)));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            jws.setDoKeyValidation(false);
            return jws.getCompactSerialization();
        } catch (org.jose4j.lang.JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String pem(KeyPair pair) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
