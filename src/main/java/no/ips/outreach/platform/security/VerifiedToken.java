package no.ips.outreach.platform.security;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A bearer token whose signature, issuer, audience and expiry {@link TokenVerifier} has checked, as the caller's
 * principal. Claims come back as plain Java values (texts, numbers, lists): {@link ClaimMapping} and
 * {@link TokenRules} read both those and JSON-P values.
 */
public final class VerifiedToken implements JsonWebToken {

    private final String raw;
    private final Map<String, Object> claims;
    private final String name;

    VerifiedToken(String raw, JWTClaimsSet claims) {
        this.raw = raw;
        // as JSON gives them: times in seconds since the epoch, not as dates
        this.claims = Map.copyOf(claims.toJSONObject());
        this.name = firstText("upn", "preferred_username", "sub");
    }

    /** MicroProfile JWT's rule for the principal's name: {@code upn}, else {@code preferred_username}, else {@code sub}. */
    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new LinkedHashSet<>(claims.keySet());
        names.add(Claims.raw_token.name());
        return names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        if (Claims.raw_token.name().equals(claimName)) {
            return (T) raw;
        }
        Object value = claims.get(claimName);
        // MicroProfile JWT types these two as sets of texts, whether the token sends one text or a list
        if (value != null && (Claims.groups.name().equals(claimName) || Claims.aud.name().equals(claimName))) {
            return (T) texts(value);
        }
        return (T) value;
    }

    private String firstText(String... names) {
        for (String claim : names) {
            if (claims.get(claim) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }

    private static Set<String> texts(Object value) {
        Set<String> texts = new LinkedHashSet<>();
        if (value instanceof Collection<?> values) {
            values.forEach(each -> texts.add(String.valueOf(each)));
        } else {
            texts.add(String.valueOf(value));
        }
        return Set.copyOf(texts);
    }

    @Override
    public String toString() {
        return "VerifiedToken[" + name + "]";
    }
}
