package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.AudValidator;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.IssValidator;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

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
 * fifth of a single read's processor time (docs/benchmarks.md, sixth round). jose4j does the cryptography.
 */
@ApplicationScoped
public class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class.getName());

    private final Config config;
    private volatile Optional<JwtConsumer> consumer;

    public TokenVerifier() {
        this(ConfigProvider.getConfig());
    }

    TokenVerifier(Config config) {
        this.config = config;
    }

    /** The token, verified; empty when it is malformed, forged, for another issuer or audience, or expired. */
    public Optional<VerifiedToken> verify(String raw) {
        JwtConsumer verifying = consumer();
        if (verifying == null || raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new VerifiedToken(raw, verifying.processToClaims(raw)));
        } catch (InvalidJwtException e) {
            LOG.log(Level.FINE, "bearer token refused: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Built once, on the first token: the settings and the key are read then, and a failure is logged once. */
    private JwtConsumer consumer() {
        Optional<JwtConsumer> built = consumer;
        if (built == null) {
            synchronized (this) {
                if (consumer == null) {
                    consumer = Optional.ofNullable(build());
                }
                built = consumer;
            }
        }
        return built.orElse(null);
    }

    /** An {@code exp} is required, and a token is refused from that second on: no grace. */
    private static String notExpired(JwtContext context) throws MalformedClaimException {
        NumericDate expires = context.getJwtClaims().getExpirationTime();
        if (expires == null) {
            return "no exp";
        }
        return Instant.now().getEpochSecond() >= expires.getValue() ? "expired" : null;
    }

    /** MicroProfile JWT's token age: refused once {@code age} seconds have passed since its {@code iat}. */
    private static String youngerThan(JwtContext context, long age) throws MalformedClaimException {
        NumericDate issued = context.getJwtClaims().getIssuedAt();
        if (issued == null) {
            return "iat missing";
        }
        return Instant.now().getEpochSecond() - issued.getValue() > age ? "beyond mp.jwt.verify.token.age" : null;
    }

    /** Null when the settings do not name an issuer and a key: every token is then refused, and the log says why. */
    private JwtConsumer build() {
        Optional<String> issuer = config.getOptionalValue("mp.jwt.verify.issuer", String.class);
        if (issuer.isEmpty()) {
            LOG.severe("mp.jwt.verify.issuer is not set: every bearer token is refused");
            return null;
        }
        String algorithm = config.getOptionalValue("mp.jwt.verify.publickey.algorithm", String.class).orElse("RS256");
        // jose4j's default time checks would refuse an nbf a second ahead without saying so: TokenRules judges nbf and
        // iat with a reason and a skew, so only the issuer, the audience and the checks below are registered
        JwtConsumerBuilder builder = new JwtConsumerBuilder()
                .setSkipAllDefaultValidators()
                .registerValidator(new IssValidator(issuer.get(), true))
                .registerValidator((Validator) TokenVerifier::notExpired)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm);
        try {
            builder.setVerificationKeyResolver(IssuerKeys.resolver(
                    config.getOptionalValue("mp.jwt.verify.publickey", String.class).orElse(null),
                    config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).orElse(null), algorithm));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "the issuer's public key cannot be used: every bearer token is refused", e);
            return null;
        }
        config.getOptionalValue("mp.jwt.verify.audiences", String[].class)
                .map(audiences -> Arrays.stream(audiences).map(String::trim).filter(a -> !a.isEmpty()).collect(Collectors.toSet()))
                .filter(audiences -> !audiences.isEmpty())
                .ifPresent(audiences -> builder.registerValidator(new AudValidator(audiences, true)));
        config.getOptionalValue("mp.jwt.verify.token.age", Long.class)
                .ifPresent(age -> builder.registerValidator((Validator) context -> youngerThan(context, age)));
        return builder.build();
    }
}
