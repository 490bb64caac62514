package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Asked before Payara's MP-JWT identity store (priority 10 against its 100): a bearer token that store verified
 * before, and that has not expired since, is accepted from {@link VerifiedTokens} without a second signature check.
 * Any other token, including every expired, forged, re-signed or altered one (its hash differs), is left to Payara's
 * store ({@code NOT_VALIDATED}), which verifies it in full as if this store did not exist.
 */
@ApplicationScoped
public class CachedTokenStore implements IdentityStore {

    /** Payara's credential for a bearer token; not on the application's compile path, so read by its getter. */
    private static final String SIGNED_JWT_CREDENTIAL = "fish.payara.microprofile.jwtauth.eesecurity.SignedJWTCredential";

    @Inject
    VerifiedTokens verified;

    private volatile Method signedJwt;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        String raw = rawToken(credential);
        if (raw == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return verified.find(raw)
                .map(token -> new CredentialValidationResult((CallerPrincipal) token, groups(token)))
                .orElse(CredentialValidationResult.NOT_VALIDATED_RESULT);
    }

    @Override
    public int priority() {
        return 10;
    }

    /** Also PROVIDE_GROUPS: the identity store handler keeps a validating store's groups only if it provides them. */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }

    /** The groups of a result another store validated: that store's own; none added here. */
    @Override
    public Set<String> getCallerGroups(CredentialValidationResult validationResult) {
        return Set.of();
    }

    private static Set<String> groups(JsonWebToken token) {
        return token.getGroups() == null ? Set.of() : token.getGroups();
    }

    private String rawToken(Credential credential) {
        if (credential == null || !SIGNED_JWT_CREDENTIAL.equals(credential.getClass().getName())) {
            return null;
        }
        try {
            Method getter = signedJwt;
            if (getter == null) {
                getter = credential.getClass().getMethod("getSignedJWT");
                signedJwt = getter;
            }
            return getter.invoke(credential) instanceof String raw ? raw : null;
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            // the store then vouches for nothing and Payara verifies every token, as without it
            return null;
        }
    }
}
