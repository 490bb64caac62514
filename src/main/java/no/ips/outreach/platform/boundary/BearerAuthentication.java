package no.ips.outreach.platform.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import no.ips.outreach.platform.security.CallerClaims;
import no.ips.outreach.platform.security.CallerToken;
import no.ips.outreach.platform.security.TokenVerifier;
import no.ips.outreach.platform.security.VerifiedTokens;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Authenticates a request to the API by its bearer token, before anything else of the request runs (declared first
 * in web.xml). A token verified before and not expired since is taken from {@link VerifiedTokens}; any other is
 * verified in full by {@link TokenVerifier} and then remembered. A token that fails is answered 401 here, as the
 * container did for Payara's MP-JWT (web.xml routes it to {@link UnauthorizedPage}'s problem+json). A request with
 * no bearer token goes on without a caller; {@link AccessFilter} refuses it wherever one is needed, and checks the
 * token's rules and roles.
 *
 * <p>The verified token becomes the request's principal (for JAX-RS's {@code SecurityContext}), and its mapped roles
 * the request's roles.
 */
public class BearerAuthentication extends HttpFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    VerifiedTokens verifiedTokens;

    @Inject
    TokenVerifier verifier;

    @Inject
    CallerClaims claims;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<JsonWebToken> token = verified(header.substring(BEARER.length()).trim());
        if (token.isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        CallerToken.attach(request, token.get());
        chain.doFilter(new Authenticated(request, token.get(), claims), response);
    }

    private Optional<JsonWebToken> verified(String raw) {
        Optional<JsonWebToken> remembered = verifiedTokens.find(raw);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<JsonWebToken> verified = verifier.verify(raw).map(JsonWebToken.class::cast);
        verified.ifPresent(verifiedTokens::remember);
        return verified;
    }

    /** The request as its verified caller sees it: the token as principal, the mapped roles as roles. */
    private static final class Authenticated extends HttpServletRequestWrapper {

        private final JsonWebToken token;
        private final CallerClaims claims;
        private Set<String> roles;

        Authenticated(HttpServletRequest request, JsonWebToken token, CallerClaims claims) {
            super(request);
            this.token = token;
            this.claims = claims;
        }

        @Override
        public Principal getUserPrincipal() {
            return token;
        }

        @Override
        public String getRemoteUser() {
            return token.getName();
        }

        @Override
        public String getAuthType() {
            return "Bearer";
        }

        @Override
        public boolean isUserInRole(String role) {
            if (roles == null) {
                roles = claims.roles(token);
            }
            return roles.contains(role);
        }
    }
}
