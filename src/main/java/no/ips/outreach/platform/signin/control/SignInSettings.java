package no.ips.outreach.platform.signin.control;

import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The identity provider the web app signs in with. Off unless an issuer is configured; then the client id and its
 * secret are required (the secret stays on the server).
 */
public record SignInSettings(Optional<String> issuer, String clientId, String clientSecret, String scope,
                             Optional<URI> redirectUri) {

    public static final String PREFIX = "outreach.oidc.";

    public static SignInSettings from(Config config) {
        Optional<String> issuer = config.getOptionalValue(PREFIX + "issuer", String.class);
        return new SignInSettings(issuer,
                config.getOptionalValue(PREFIX + "client-id", String.class).orElse(""),
                config.getOptionalValue(PREFIX + "client-secret", String.class).orElse(""),
                config.getOptionalValue(PREFIX + "scope", String.class).orElse("openid profile"),
                config.getOptionalValue(PREFIX + "redirect-uri", String.class).map(URI::create));
    }

    public SignInSettings {
        if (issuer.isPresent() && (clientId.isBlank() || clientSecret.isBlank())) {
            throw new IllegalStateException(PREFIX + "issuer is set, so " + PREFIX + "client-id and " + PREFIX
                    + "client-secret must be set too");
        }
    }

    public boolean enabled() {
        return issuer.isPresent();
    }
}
