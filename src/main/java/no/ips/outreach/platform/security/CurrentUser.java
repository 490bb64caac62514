package no.ips.outreach.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: always taken from the verified token, never from a request body, and read through the configured
 * claim mapping ({@link CallerClaims}), so that an organisation's own claims and group ids work unchanged.
 */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    @Inject
    CallerClaims claims;

    /** The user name; {@code AccessFilter} has refused every token without one that fits the register. */
    public String name() {
        return claims.username(token).orElse(token.getName());
    }

    /** The display name, if the token carries one. */
    public Optional<String> displayName() {
        return claims.displayName(token);
    }

    /** The team code, if the token carries one. */
    public Optional<String> team() {
        return claims.team(token);
    }

    public boolean is(String role) {
        return claims.roles(token).contains(role);
    }
}
