package no.ips.outreach.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: always taken from the verified token, never from a request body. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getName();
    }

    /** A text claim of the token, such as {@code name} (the display name) or {@code team} (the team code). */
    public Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            value = json.getString();
        }
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }
}
