package no.ips.outreach.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import org.jose4j.http.Get;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.keys.resolvers.VerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * The issuer's public keys, from MicroProfile JWT's two settings: {@code mp.jwt.verify.publickey} (the key itself)
 * or {@code mp.jwt.verify.publickey.location}. A key is a PEM public key, one JWK or a JWK set. A location is an
 * https or http URL of a JWK set (an identity provider's {@code jwks_uri}: fetched when first needed, cached as its
 * answer's headers allow, fetched again when a token names a key id it does not hold, so keys can roll over), or a
 * file (a {@code file:} URL or a path) or class-path resource holding a key.
 */
final class IssuerKeys {

    /** An identity provider that does not answer within this is taken as down: the token is refused, not waited on. */
    private static final int FETCH_TIMEOUT_MILLIS = 5_000;

    private IssuerKeys() {
    }

    static VerificationKeyResolver resolver(String inlineKey, String location, String algorithm) {
        if (inlineKey != null && !inlineKey.isBlank()) {
            return fromText(inlineKey, algorithm);
        }
        if (location == null || location.isBlank()) {
            throw new IllegalStateException("neither mp.jwt.verify.publickey nor mp.jwt.verify.publickey.location is set");
        }
        String trimmed = location.trim();
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            HttpsJwks jwks = new HttpsJwks(trimmed);
            Get get = new Get();
            get.setConnectTimeout(FETCH_TIMEOUT_MILLIS);
            get.setReadTimeout(FETCH_TIMEOUT_MILLIS);
            jwks.setSimpleHttpGet(get);
            return new HttpsJwksVerificationKeyResolver(jwks);
        }
        return fromText(read(trimmed), algorithm);
    }

    private static VerificationKeyResolver fromText(String text, String algorithm) {
        String key = text.trim();
        try {
            if (key.startsWith("{")) {
                List<JsonWebKey> keys = key.contains("\"keys\"") ? new JsonWebKeySet(key).getJsonWebKeys()
                        : List.of(JsonWebKey.Factory.newJwk(key));
                return new JwksVerificationKeyResolver(keys);
            }
            PublicKey publicKey = pem(key, algorithm);
            return (signature, nestingContext) -> publicKey;
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the issuer's public key is neither a PEM public key nor a JWK (set): " + e.getMessage(), e);
        }
    }

    private static PublicKey pem(String pem, String algorithm) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        byte[] der = Base64.getDecoder().decode(base64);
        return KeyFactory.getInstance(algorithm.startsWith("ES") ? "EC" : "RSA").generatePublic(new X509EncodedKeySpec(der));
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
