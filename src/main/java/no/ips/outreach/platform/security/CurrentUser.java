package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: always taken from the verified token, never from a request body, and read through the configured
 * claim mapping ({@link CallerClaims}), so that an organisation's own claims and group ids work unchanged.
 *
 * <p>The token is the one {@code BearerAuthentication} verified for this request (the same object {@code AccessFilter}
 * checks), kept on the servlet request ({@link CallerToken}). Application-scoped: it holds nothing of a request, and
 * the servlet request it reads is the current one.
 */
@ApplicationScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    CallerClaims claims;

    /** The user name, or null without a verified token; {@code AccessFilter} has refused every token without one that fits the register. */
    public String name() {
        JsonWebToken token = token();
        return token == null ? null : claims.username(token).orElse(token.getName());
    }

    /** The display name, if the token carries one. */
    public Optional<String> displayName() {
        JsonWebToken token = token();
        return token == null ? Optional.empty() : claims.displayName(token);
    }

    /** The team code, if the token carries one. */
    public Optional<String> team() {
        JsonWebToken token = token();
        return token == null ? Optional.empty() : claims.team(token);
    }

    public boolean is(String role) {
        JsonWebToken token = token();
        Set<String> roles = token == null ? Set.of() : claims.roles(token);
        return roles.contains(role);
    }

    /** The verified token of this request; none on the endpoints open without one (sign-in, a calendar's secret URL). */
    private JsonWebToken token() {
        return CallerToken.of(request);
    }
}
