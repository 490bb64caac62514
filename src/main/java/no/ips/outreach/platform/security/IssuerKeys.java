package no.ips.outreach.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;

/**
 * The issuer's public keys, from MicroProfile JWT's two settings: {@code mp.jwt.verify.publickey} (the key itself)
 * or {@code mp.jwt.verify.publickey.location}. A key is a PEM public key, one JWK or a JWK set. A location is an
 * https or http URL of a JWK set (an identity provider's {@code jwks_uri}: fetched when first needed, kept for five
 * minutes, fetched again when a token names a key id it does not hold, at most every 30 seconds, so keys can roll
 * over), or a file (a {@code file:} URL or a path) or class-path resource holding a key. Each selects keys for the
 * one configured algorithm only.
 */
final class IssuerKeys {

    /** An identity provider that does not answer within this is taken as down: the token is refused, not waited on. */
    private static final int FETCH_TIMEOUT_MILLIS = 5_000;
    /** A JWK set is a few kilobytes; an answer larger than this is not one. */
    private static final int FETCH_SIZE_LIMIT = 512 * 1024;

    private IssuerKeys() {
    }

    static JWSKeySelector<SecurityContext> selector(String inlineKey, String location, JWSAlgorithm algorithm) {
        if (inlineKey != null && !inlineKey.isBlank()) {
            return fromText(inlineKey, algorithm);
        }
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("neither mp.jwt.verify.publickey nor mp.jwt.verify.publickey.location is set");
        }
        String trimmed = location.trim();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            try {
                var retriever = new DefaultResourceRetriever(FETCH_TIMEOUT_MILLIS, FETCH_TIMEOUT_MILLIS, FETCH_SIZE_LIMIT);
                return new JWSVerificationKeySelector<>(algorithm,
                        JWKSourceBuilder.<SecurityContext>create(URI.create(trimmed).toURL(), retriever).build());
            } catch (MalformedURLException | IllegalArgumentException e) {
                throw new IllegalStateException("the issuer's key location is not a URL: " + trimmed, e);
            }
        }
        return fromText(read(trimmed), algorithm);
    }

    private static JWSKeySelector<SecurityContext> fromText(String text, JWSAlgorithm algorithm) {
        String key = text.trim();
        try {
            if (key.startsWith("{")) {
                JWKSet keys = key.contains("\"keys\"") ? JWKSet.parse(key) : new JWKSet(JWK.parse(key));
                return new JWSVerificationKeySelector<>(algorithm, new ImmutableJWKSet<>(keys));
            }
            // one key, whatever key id a token names: as MicroProfile JWT treats a PEM key
            return new SingleKeyJWSKeySelector<>(algorithm, pem(key, algorithm));
        } catch (ParseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the issuer's public key is neither a PEM public key nor a JWK (set): " + e.getMessage(), e);
        }
    }

    private static PublicKey pem(String pem, JWSAlgorithm algorithm) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        String type = JWSAlgorithm.Family.EC.contains(algorithm) ? "EC" : "RSA";
        return KeyFactory.getInstance(type).generatePublic(new X509EncodedKeySpec(der));
    }

    private static String read(String location) {
        try {
            if (location.contains(":") && !location.startsWith("classpath:")) {
                try (InputStream in = URI.create(location).toURL().openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            String resource = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
            try (InputStream in = IssuerKeys.class.getClassLoader().getResourceAsStream(resource.startsWith("/") ? resource.substring(1) : resource)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(Path.of(location));
        } catch (IOException e) {
            throw new UncheckedIOException("the issuer's public key cannot be read from " + location, e);
        }
    }
}
