package no.ips.outreach.teams.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.control.TeamScope;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    TeamDirectory teams;

    @GET
    @Operation(summary = "Who am I", description = "A specialist's record is created from the token's name and team "
            + "claims the first time they call; without a known team claim an administrator must register them.")
    public MeView me() {
        List<String> roles = List.of(Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN).stream().filter(user::is).toList();
        return new MeView(user.name(), roles, scope.specialist().map(SpecialistView::of).orElse(null),
                teams.managedBy(user.name()).stream().map(TeamView::of).toList());
    }
}
