package no.ips.outreach.platform.signin.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The web app's sign-in: its bearer token for the API (the provider's access token), until when, and who it is for as
 * the configured claim mapping reads it (the roles mapped from the organisation's groups).
 */
public record SignInSessionView(String token, Instant expiresAt, String username, String name,
                                @Schema(type = SchemaType.ARRAY, implementation = String.class) List<String> roles) {
}
