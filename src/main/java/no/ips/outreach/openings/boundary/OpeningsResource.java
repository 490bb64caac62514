package no.ips.outreach.openings.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.ips.outreach.openings.control.OpeningBoard;
import no.ips.outreach.openings.control.OpeningFilter;
import no.ips.outreach.openings.control.OpeningStore;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.Proximity;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Job openings at employers: registered, edited and closed by specialists and managers; read by everyone. */
@Path("openings")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class OpeningsResource {

    @Inject
    OpeningBoard board;

    @Inject
    OpeningStore store;

    @Inject
    OpeningViews views;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List openings", description = "Newest first by default. status is as of now: EXPIRED includes open "
            + "openings whose application deadline has passed. near=lat,lon with radiusKm finds openings whose workplace "
            + "is within that great-circle distance and sorts them nearest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningPage.class)))
    public OpeningPage list(@QueryParam("employerId") String employerId,
                            @Parameter(description = "OPEN, FILLED, CLOSED or EXPIRED") @QueryParam("status") String status,
                            @Parameter(description = "ISCO-08 code prefix, e.g. 5 or 512 or 5120") @QueryParam("occupation") String occupation,
                            @Parameter(description = "4-digit kommunenummer of the workplace") @QueryParam("municipality") String municipality,
                            @Parameter(description = "lat,lon in decimal degrees") @QueryParam("near") String nearPoint,
                            @QueryParam("radiusKm") String radiusKm,
                            @QueryParam("offset") String offset,
                            @Parameter(description = "page size, 1-" + PageRequest.MAX_LIMIT + "; larger is refused") @QueryParam("limit") String limit,
                            @Parameter(description = "created, deadline, title or distance; prefix - for descending") @QueryParam("sort") String sort) {
        Proximity near = Proximity.parse(nearPoint, radiusKm, sort);
        if (occupation != null && !occupation.isBlank() && !occupation.trim().matches("\\d{1,4}")) {
            throw ProblemException.invalid("occupation", Messages.get("opening.occupation.prefix"));
        }
        var filter = new OpeningFilter(
                employerId == null ? null : (long) QueryParams.integer("employerId", employerId, 0, 1, Integer.MAX_VALUE),
                QueryParams.enumValue("status", status, OpeningStatus.class), blankToNull(occupation), blankToNull(municipality),
                near == null ? null : near.latitude(), near == null ? null : near.longitude(),
                near == null ? null : near.radiusKm());
        return views.page(store.list(filter, PageRequest.parse(offset, limit, sort, OpeningStore.SORT_KEYS,
                near == null ? "-created" : "distance")));
    }

    @POST
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Register an opening", description = "The occupation is an ISCO-08 unit group; the workplace is the "
            + "employer's address unless given. A job developed through a visit names that visit. Send an Idempotency-Key "
            + "so that a retry never registers the opening twice.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = OpeningView.class)))
    @APIResponse(responseCode = "422", description = "the employer is archived")
    public Response open(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull OpeningRequest request) {
        return idempotent.once(key, request, () -> {
            JobOpening opening = board.open(user.name(), request.toDetails());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(opening.id().toString()).build(),
                    views.one(opening), opening.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An opening, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningView.class)))
    public Response find(@PathParam("id") long id) {
        return tagged(board.existing(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Edit an opening", description = "Send the whole opening with If-Match from your last read. "
            + "A deadline that has passed may stay; a changed one may not be in the past.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningView.class)))
    @APIResponse(responseCode = "412", description = "someone changed the opening since your read; nothing was saved")
    public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull OpeningRequest request) {
        return tagged(board.revise(id, Versions.required(ifMatch), request.toDetails()));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Close an open opening", description = "As CLOSED (withdrawn, on hold) or EXPIRED, with a reason. "
            + "Send If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningView.class)))
    @APIResponse(responseCode = "409", description = "the opening is not open; the problem says its status")
    public Response close(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull CloseRequest request) {
        return tagged(board.close(id, Versions.required(ifMatch), request.status(), request.reason()));
    }

    @POST
    @Path("{id}/reopen")
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Reopen a closed or expired opening", description = "Its deadline must not have passed; move it "
            + "first if it has. Send If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningView.class)))
    @APIResponse(responseCode = "409", description = "the opening is open or filled, or its deadline has passed")
    public Response reopen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        return tagged(board.reopen(id, Versions.required(ifMatch)));
    }

    private Response tagged(JobOpening opening) {
        return Versions.current(views.one(opening), opening.version());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
