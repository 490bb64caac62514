package no.ips.outreach.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Verifies a bearer token as MicroProfile JWT does, from the same configuration keys: the signature with the issuer's
 * key ({@link IssuerKeys}) and only with the configured algorithm (RS256 unless {@code mp.jwt.verify.publickey.algorithm}
 * says otherwise; so never {@code alg=none} nor an HMAC keyed with the public key), {@code iss}, {@code aud} when
 * {@code mp.jwt.verify.audiences} is set, an {@code exp} not yet reached (no grace), and {@code iat} within
 * {@code mp.jwt.verify.token.age} when that is set. {@link TokenRules} adds {@code nbf}, {@code iat} in the future and
 * the names.
 *
 * <p>The service verifies tokens itself instead of through Payara's MP-JWT mechanism: that mechanism runs through
 * Soteria's JASPIC bridge, which looks its CDI beans up in JNDI on every request and a JACC check after it, about a
 * fifth of a single read's processor time (docs/benchmarks.md, sixth round). Nimbus JOSE+JWT does the cryptography:
 * the library the OpenID Connect SDK uses too, and the copy Payara Micro ships.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    private final Config config;
    private volatile Optional<DefaultJWTProcessor<SecurityContext>> processor;

    public TokenVerifier() {
        this(ConfigProvider.getConfig());
    }

    TokenVerifier(Config config) {
        this.config = config;
    }

    /** The token, verified; empty when it is malformed, forged, for another issuer or audience, or expired. */
    public Optional<VerifiedToken> verify(String raw) {
        DefaultJWTProcessor<SecurityContext> verifying = processor();
        if (verifying == null || raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VerifiedToken(raw, verifying.process(raw, null)));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.log(Level.FINE, "bearer token refused: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Built once, on the first token: the settings and the key are read then, and a failure is logged once. */
    private DefaultJWTProcessor<SecurityContext> processor() {
        Optional<DefaultJWTProcessor<SecurityContext>> built = processor;
        if (built == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = Optional.ofNullable(build());
                }
                built = processor;
            }
        }
        return built.orElse(null);
    }

    /** Null when the settings do not name an issuer and a key: every token is then refused, and the log says why. */
    private DefaultJWTProcessor<SecurityContext> build() {
        Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
        if (issuer.isEmpty()) {
            LOG.severe("mp.jwt.verify.issuer is not set: every bearer token is refused");
            return null;
        }
        JWSAlgorithm algorithm = JWSAlgorithm.parse(
                config.getOptionalValue("mp.jwt.verify.publickey.algorithm", String.class).orElse("RS256"));
        DefaultJWTProcessor<SecurityContext> built = new DefaultJWTProcessor<>();
        // any typ header, as MicroProfile JWT: identity providers send JWT, at+jwt or none
        built.setJWSTypeVerifier((type, context) -> { });
        try {
            built.setJWSKeySelector(IssuerKeys.selector(
                    config.getOptionalValue("mp.jwt.verify.publickey", String.class).orElse(null),
                    config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse(null), algorithm));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the issuer's public key cannot be used: every bearer token is refused", e);
            return null;
        }
        Set<String> audiences = config.getOptionalValue("mp.jwt.verify.audiences", String[].class)
                .map(names -> Arrays.stream(names).map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toSet()))
                .orElse(Set.of());
        Optional<Long> age = config.getOptionalValue("mp.jwt.verify.token.age", Long.class);
        built.setJWTClaimsSetVerifier(claims(issuer.get(), audiences, age));
        return built;
    }

    /**
     * The claims this verifier judges; Nimbus's own claim checks would also refuse an {@code nbf} a minute ahead
     * without saying so, and {@link TokenRules} judges {@code nbf} and {@code iat} with a reason and a skew.
     */
    private static JWTClaimsSetVerifier<SecurityContext> claims(String issuer, Set<String> audiences, Optional<Long> age) {
        return (claims, context) -> {
            if (!issuer.equals(claims.getIssuer())) {
                throw new BadJWTException("another issuer");
            }
            long now = Instant.now().getEpochSecond();
            Date expires = claims.getExpirationTime();
            if (expires == null) {
                throw new BadJWTException("no exp");
            }
            // refused from the second of its exp on: no grace
            if (now >= expires.getTime() / 1000) {
                throw new BadJWTException("expired");
            }
            if (!audiences.isEmpty() && Collections.disjoint(audiences, claims.getAudience())) {
                throw new BadJWTException("another audience");
            }
            if (age.isPresent()) {
                Date issued = claims.getIssueTime();
                if (issued == null) {
                    throw new BadJWTException("iat missing");
                }
                if (now - issued.getTime() / 1000 > age.get()) {
                    throw new BadJWTException("beyond mp.jwt.verify.token.age");
                }
            }
        };
    }
}
