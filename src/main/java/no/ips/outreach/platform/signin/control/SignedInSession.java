package no.ips.outreach.platform.signin.control;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.ips.outreach.platform.security.CallerClaims;

/**
 * The app's session: the provider's access token in an HttpOnly cookie, read back for the app as its bearer token.
 * The token is not verified here, since this only tells the app what it holds and who that is for showing; the API
 * verifies it on every call (signature, issuer, audience, expiry) like any bearer token.
 */
@ApplicationScoped
public class SignedInSession {

    public static final String ACCESS_COOKIE = "outreach_session";
    public static final String ID_COOKIE = "outreach_id";

    @Inject
    CallerClaims claims;

    public record User(String username, String name, List<String> roles, Instant expires) {
    }

    /** Who the session's token names, while it has not expired. */
    public Optional<User> read(String accessToken, Instant now) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        try {
            JWTClaimsSet set = JWTParser.parse(accessToken).getJWTClaimsSet();
            if (set.getExpirationTime() == null || !now.isBefore(set.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            var mapping = claims.mapping();
            String username = mapping.username(set::getClaim).orElse("");
            return Optional.of(new User(username, mapping.displayName(set::getClaim).orElse(username),
                    List.copyOf(mapping.roles(set::getClaim)), set.getExpirationTime().toInstant()));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
