package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Tokens {@link TokenVerifier} has verified (signature, issuer, audience, expiry), kept so that the next request with
 * the same token skips the RSA check and the parse: in the profile they were a
 * third of a single read's processor time. Keyed by a SHA-256 of the token, so that the map holds no bearer token as
 * a key; the stored token is compared in full on a hit. A token is never vouched for at or after its expiry, nor, when
 * {@code mp.jwt.verify.token.age} is set, once it is older than that (the verifier would refuse it then); the
 * rules of {@link TokenRules} (nbf, iat, names) still run on every request. Bounded: when full, expired entries go,
 * and if that is not enough, all of them (every token is then verified once more, as before the cache).
 *
 * <p>Correct in a cluster without sharing: what a token grants (user, groups, team) is in the signed token itself,
 * and the service stores nothing that withdraws a token before its expiry (users are the identity provider's), so
 * no write on another instance can make a remembered token wrong.
 */
@ApplicationScoped
public class VerifiedTokens {

    /** More than the concurrent users of one service; about 2 KB each. */
    static final int CAPACITY = 10_000;

    private final ConcurrentHashMap<String, Verified> tokens = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;
    private volatile Duration maxAge;

    public VerifiedTokens() {
        this(CAPACITY, Clock.systemUTC());
    }

    VerifiedTokens(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    /** MicroProfile JWT's limit on a token's age, in seconds since its {@code iat}; none when not set. */
    @Inject
    void limitAge(@ConfigProperty(name = "mp.jwt.verify.token.age") Optional<Long> seconds) {
        maxAge = seconds.map(Duration::ofSeconds).orElse(null);
    }

    private record Verified(JsonWebToken token, Instant expires) {
    }

    /** Remembers a token {@link TokenVerifier} has verified; one without an expiry is not kept. */
    public void remember(JsonWebToken token) {
        String raw = token.getRawToken();
        long expires = token.getExpirationTime();
        if (raw == null || expires <= 0) {
            return;
        }
        Instant expiry = Instant.ofEpochSecond(expires);
        Duration limit = maxAge;
        if (limit != null) {
            long issued = token.getIssuedAtTime();
            if (issued <= 0) {
                return;
            }
            Instant tooOld = Instant.ofEpochSecond(issued).plus(limit);
            expiry = tooOld.isBefore(expiry) ? tooOld : expiry;
        }
        if (!clock.instant().isBefore(expiry)) {
            return;
        }
        String key = key(raw);
        if (tokens.containsKey(key)) {
            return;
        }
        if (tokens.size() >= capacity) {
            Instant now = clock.instant();
            tokens.values().removeIf(verified -> !now.isBefore(verified.expires()));
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(key, new Verified(token, expiry));
    }

    /** The verified token for this bearer token, if it was verified before and has not expired since. */
    public Optional<JsonWebToken> find(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String key = key(raw);
        Verified verified = tokens.get(key);
        if (verified == null || !raw.equals(verified.token().getRawToken())) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(verified.expires())) {
            tokens.remove(key, verified);
            return Optional.empty();
        }
        return Optional.of(verified.token());
    }

    int size() {
        return tokens.size();
    }

    private static String key(String raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
