package no.ips.outreach.platform.dev;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;

/**
 * The web app's sign-in in dev mode: the demo users, and a fresh token for the one picked. Outside dev mode both are
 * 404, as if they did not exist; production tokens come from the organisation's identity provider.
 */
@Path("dev/users")
@ApplicationScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirementsSet
public class DevSignInResource {

    public record DemoUser(String username, String name, String role) {
    }

    public record DevToken(String username, String token) {
    }

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Dev mode only: the demo users to sign in as")
    public List<DemoUser> users() {
        requireDevMode();
        return DevTokens.USERS.entrySet().stream()
                .map(user -> new DemoUser(user.getKey(), user.getValue().get(0), user.getValue().get(1)))
                .sorted((a, b) -> a.username().compareTo(b.username())).toList();
    }

    @POST
    @Path("{username}/token")
    @Operation(summary = "Dev mode only: sign in as a demo user", description = "A bearer token for the demo user, "
            + "signed with dev mode's own key and valid for 30 days.")
    public DevToken token(@PathParam("username") String username) {
        requireDevMode();
        List<String> user = DevTokens.USERS.get(username);
        if (user == null) {
            throw new NotFoundException("No demo user " + username);
        }
        return new DevToken(username, DevTokens.sign(DevSigningKey.loadOrCreate(DevMode.dataDir()), username,
                user.get(0), user.get(1), clock.instant()));
    }

    private static void requireDevMode() {
        if (!DevMode.active()) {
            throw new NotFoundException();
        }
    }
}
