package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Adds the roles that the configured {@link ClaimMapping} gives a verified token to the caller's groups, so that the
 * container's own {@code @RolesAllowed} check (Payara's MP-JWT registers one for JAX-RS) sees the same roles as
 * {@code AccessFilter}. The token's raw group values stay in the container's groups too, but no decision of the
 * service reads them: {@code AccessFilter} and {@link CurrentUser} ask {@link CallerClaims}.
 */
@ApplicationScoped
public class MappedRolesStore implements IdentityStore {

    @Inject
    CallerClaims claims;

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.PROVIDE_GROUPS);
    }

    @Override
    public Set<String> getCallerGroups(CredentialValidationResult result) {
        return result.getCallerPrincipal() instanceof JsonWebToken token ? claims.roles(token) : Set.of();
    }
}
