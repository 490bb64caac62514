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
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.teams.entity.Specialist;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("specialists")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class SpecialistsResource {

    @Inject
    SpecialistDirectory specialists;

    @Inject
    TeamScope scope;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The specialists the caller may see", description = "An administrator sees all; a manager "
            + "the teams they manage; a specialist their own team.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SpecialistView.class, type = SchemaType.ARRAY)))
    public List<SpecialistView> visible() {
        List<Specialist> visible = scope.seesAllTeams() ? specialists.all() : specialists.inTeams(scope.visibleTeamIds());
        return visible.stream().map(SpecialistView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Register a specialist", description = "Weekly hours default to 37.5.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SpecialistView.class)))
    public Response register(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull SpecialistRequest request) {
        return idempotent.once(key, request, () -> {
            Specialist specialist = specialists.register(request.username().trim(), request.displayName(), request.teamId(),
                    request.weeklyHours(), request.office() == null ? null : request.office().toAddress());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().segment("{username}").build(specialist.username()),
                    SpecialistView.of(specialist), specialist.version());
        });
    }

    @GET
    @Path("{username}")
    @Operation(summary = "A specialist, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SpecialistView.class)))
    public Response find(@PathParam("username") String username) {
        Specialist specialist = specialists.find(username)
                .filter(scope::sees)
                .orElseThrow(() -> ProblemException.notFound("specialist", username));
        return Versions.current(SpecialistView.of(specialist), specialist.version());
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Update a specialist: name, team, weekly hours, office")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SpecialistView.class)))
    public Response update(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch,
                           @Valid @NotNull SpecialistRequest request) {
        long version = Versions.required(ifMatch);
        if (!username.equals(request.username().trim())) {
            throw ProblemException.invalid("username", Messages.get("specialist.username.fixed"));
        }
        Specialist specialist = specialists.update(username, version, request.displayName(), request.teamId(),
                request.weeklyHours(), request.office() == null ? null : request.office().toAddress());
        return Versions.current(SpecialistView.of(specialist), specialist.version());
    }
}
