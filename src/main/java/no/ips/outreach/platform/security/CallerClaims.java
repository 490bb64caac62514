package no.ips.outreach.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The configured {@link ClaimMapping} applied to a verified token: the one place that reads who a caller is. */
@ApplicationScoped
public class CallerClaims {

    private final ClaimMapping mapping;

    public CallerClaims() {
        this(ClaimMapping.from(ConfigProvider.getConfig()));
    }

    CallerClaims(ClaimMapping mapping) {
        this.mapping = mapping;
    }

    public ClaimMapping mapping() {
        return mapping;
    }

    public Optional<String> username(JsonWebToken token) {
        return mapping.username(token::getClaim);
    }

    public Optional<String> displayName(JsonWebToken token) {
        return mapping.displayName(token::getClaim);
    }

    public Optional<String> team(JsonWebToken token) {
        return mapping.team(token::getClaim);
    }

    public Set<String> roles(JsonWebToken token) {
        return mapping.roles(token::getClaim);
    }
}
