package no.ips.outreach.teams.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.entity.Team;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("teams")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class TeamsResource {

    @Inject
    TeamDirectory teams;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "All teams (NAV offices and jobcentres), by name")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamView.class, type = SchemaType.ARRAY)))
    public List<TeamView> all() {
        return teams.all().stream().map(TeamView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a team", description = "The code (e.g. nav-bodo) is what tokens name in their team claim.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response create(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull TeamRequest request) {
        return idempotent.once(key, request, () -> {
            Team team = teams.create(request.code(), request.name(), request.kind(), request.municipalityCode(),
                    request.weeklyVisitTarget());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(team.id().toString()).build(),
                    TeamView.of(team), team.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A team, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response find(@PathParam("id") long id) {
        Team team = teams.existing(id);
        return Versions.current(TeamView.of(team), team.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Rename a team", description = "The code stays; send it unchanged.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull TeamRequest request) {
        long version = Versions.required(ifMatch);
        if (!teams.existing(id).code().equals(request.code())) {
            throw ProblemException.invalid("code", Messages.get("team.code.fixed"));
        }
        Team team = teams.update(id, version, request.name(), request.kind(), request.municipalityCode(),
                request.weeklyVisitTarget());
        return Versions.current(TeamView.of(team), team.version());
    }

    @PUT
    @Path("{id}/managers")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set who manages a team", description = "Managers read everything in their teams, so the whole list is replaced deliberately.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamView.class)))
    public Response managers(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ManagersRequest request) {
        Team team = teams.setManagers(id, Versions.required(ifMatch), request.usernames());
        return Versions.current(TeamView.of(team), team.version());
    }
}
