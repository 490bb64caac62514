package no.ips.outreach.platform.security;

import jakarta.json.JsonNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What the service asks of a token beyond the signature, issuer and expiry that {@link TokenVerifier} checks: that it is already
 * valid ({@code nbf}, {@code iat}) and that its names fit the specialist register. Refusing here, with a reason,
 * keeps a bad token from turning into a 500 on every call of that user.
 */
public final class TokenRules {

    /** How far the issuer's clock may run ahead of ours. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** A user name: letters, digits and {@code . _ @ + -}, as identity providers issue them; never a URI template. */
    public static final String USERNAME = "[\\p{L}\\p{N}._@+-]{1,100}";

    public static final int DISPLAY_NAME_LENGTH = 200;

    private static final Pattern USERNAME_PATTERN = Pattern.compile(USERNAME);

    private TokenRules() {
    }

    /**
     * Why this token is refused, or empty when it may be used; in the language of the request's header, since the
     * caller's stored choice is read through the very token being refused.
     */
    public static Optional<String> refusal(JsonWebToken token, ClaimMapping mapping, Instant now) {
        Instant latest = now.plus(CLOCK_SKEW);
        Long notBefore = seconds(token.getClaim("nbf"));
        if (notBefore != null && Instant.ofEpochSecond(notBefore).isAfter(latest)) {
            return Optional.of(Messages.get(RequestLanguage.requested(), "token.not-yet-valid"));
        }
        Long issuedAt = seconds(token.getClaim("iat"));
        if (issuedAt != null && Instant.ofEpochSecond(issuedAt).isAfter(latest)) {
            return Optional.of(Messages.get(RequestLanguage.requested(), "token.issued-in-future"));
        }
        String name = mapping.username(token::getClaim).orElse(null);
        if (name == null || !USERNAME_PATTERN.matcher(name).matches()) {
            return Optional.of(Messages.get(RequestLanguage.requested(), "token.username"));
        }
        Optional<String> displayName = mapping.displayName(token::getClaim);
        if (displayName.isPresent() && displayName.get().length() > DISPLAY_NAME_LENGTH) {
            return Optional.of(Messages.get(RequestLanguage.requested(), "token.name-too-long", String.valueOf(DISPLAY_NAME_LENGTH)));
        }
        return Optional.empty();
    }

    private static Long seconds(Object claim) {
        if (claim instanceof JsonNumber number) {
            return number.longValue();
        }
        return claim instanceof Number number ? number.longValue() : null;
    }
}
