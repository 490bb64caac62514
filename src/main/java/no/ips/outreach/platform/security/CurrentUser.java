package no.ips.outreach.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: always taken from the verified token, never from a request body. */
@RequestScoped
public class CurrentUser {

    @Inject
    JsonWebToken token;

    public String name() {
        return token.getName();
    }

    public boolean is(String role) {
        return token.getGroups() != null && token.getGroups().contains(role);
    }
}
