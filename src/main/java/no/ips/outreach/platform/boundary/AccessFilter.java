package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.ips.outreach.platform.security.CallerClaims;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.platform.security.TokenRules;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Every /api/v1 endpoint needs a verified bearer token (401) and one of the roles its {@link RolesAllowed}
 * names (403), as the configured claim mapping ({@link CallerClaims}) reads the token's groups; a token whose groups
 * map to no role at all is 403 with the role it lacks named. {@link BearerAuthentication} has already verified
 * signature, issuer, audience and expiry; {@link TokenRules} adds not-before, issued-at and the length of the names.
 * This is the one place that checks {@link RolesAllowed}: no JACC check runs after it. The exceptions are the endpoints
 * marked {@link PermitAll}: dev mode's sign-in, which hands out the tokens, and a subscribed calendar, whose secret
 * URL is its key. A machine's token (role {@code integration} and no role of a person) reaches only the endpoints
 * that name that role.
 */
@Provider
@Priority(Priorities.AUTHORIZATION - 100)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    CallerClaims claims;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(PermitAll.class)) {
            return;
        }
        SecurityContext security = request.getSecurityContext();
        if (!(security.getUserPrincipal() instanceof JsonWebToken token)) {
            unauthorized(request, Messages.get("problem.token-missing"));
            return;
        }
        var refusal = TokenRules.refusal(token, claims.mapping(), Instant.now());
        if (refusal.isPresent()) {
            unauthorized(request, refusal.get());
            return;
        }
        Set<String> roles = claims.roles(token);
        RolesAllowed allowed = rolesAllowed();
        List<String> needed = allowed == null ? Roles.PEOPLE : List.of(allowed.value());
        if (roles.isEmpty()) {
            // signed in at the organisation, but none of the token's groups is mapped to a role of the service
            request.abortWith(Problems.response(Problem.of(403, Messages.get("problem.title.forbidden"),
                    Messages.get("problem.no-mapped-role", String.join(", ", needed), claims.mapping().groupsClaim()))));
            return;
        }
        if (isMachine(roles) && !needed.contains(Roles.INTEGRATION)) {
            // an endpoint open to every signed-in person (who am I, labels, occupations) is not open to a machine
            request.abortWith(Problems.response(Problem.of(403, Messages.get("problem.title.forbidden"),
                    Messages.get("problem.role-refused", String.join(", ", needed)))));
            return;
        }
        if (allowed != null && Arrays.stream(allowed.value()).noneMatch(roles::contains)) {
            request.abortWith(Problems.response(Problem.of(403, Messages.get("problem.title.forbidden"),
                    Messages.get("problem.role-refused", String.join(", ", allowed.value())))));
        }
    }

    private static boolean isMachine(Set<String> roles) {
        return roles.contains(Roles.INTEGRATION) && Roles.PEOPLE.stream().noneMatch(roles::contains);
    }

    private static void unauthorized(ContainerRequestContext request, String reason) {
        request.abortWith(jakarta.ws.rs.core.Response.fromResponse(Problems.response(Problem.of(401, Messages.get("problem.title.unauthorized"), reason)))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"outreach\"").build());
    }

    private RolesAllowed rolesAllowed() {
        RolesAllowed onMethod = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (onMethod != null) {
            return onMethod;
        }
        return resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
}
