package no.ips.outreach.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import java.util.List;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.visits.control.VisitFilter;
import no.ips.outreach.visits.control.VisitLog;
import no.ips.outreach.visits.control.VisitStore;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The visit log: every employer contact, who made it and how. */
@Path("visits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class VisitsResource {

    @Inject
    VisitLog log;

    @Inject
    VisitStore store;

    @Inject
    VisitViews views;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Inject
    VisitAccess access;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List visits", description = "The visits of the caller's team and the teams they manage "
            + "(administrators: all). Newest first by default. from and to are inclusive dates in Europe/Oslo time.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitPage.class)))
    @Transactional // the page, its participant links and their access-log rows on one connection
    public VisitPage list(@QueryParam("specialist") String specialist,
                          @QueryParam("employerId") String employerId,
                          @Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
                          @Parameter(description = "YYYY-MM-DD") @QueryParam("to") String to,
                          @QueryParam("mode") String mode,
                          @QueryParam("offset") String offset,
                          @Parameter(description = "page size, 1-" + PageRequest.MAX_LIMIT + "; larger is refused") @QueryParam("limit") String limit,
                          @Parameter(description = "startedAt or created; prefix - for descending") @QueryParam("sort") String sort) {
        var filter = new VisitFilter(specialist == null || specialist.isBlank() ? null : specialist.trim(),
                employerId == null ? null : (long) QueryParams.integer("employerId", employerId, 0, 1, Integer.MAX_VALUE),
                QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.enumValue("mode", mode, VisitMode.class), access.scope());
        return views.page(store.list(filter, PageRequest.parse(offset, limit, sort, VisitStore.SORT_KEYS, "-startedAt")));
    }

    @POST
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Log a visit", description = "The specialist is the caller. Send an Idempotency-Key so a retry on a "
            + "bad connection never logs the visit twice.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response logVisit(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull VisitRequest request) {
        return idempotent.once(key, request, () -> {
            Visit visit = log.log(user.name(), request.toDetails());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(visit.id().toString()).build(),
                    views.one(visit), visit.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A visit your team may read, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response find(@PathParam("id") long id) {
        Visit visit = log.visible(id, access.scope());
        return Versions.current(views.one(visit), visit.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Correct a visit", description = "Only the specialist who logged it. Every changed field is kept "
            + "as a revision. Send If-Match with the ETag of your last read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitView.class)))
    public Response correct(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                            @Valid @NotNull VisitRequest request) {
        log.visible(id, access.scope());
        Visit visit = log.correct(id, Versions.required(ifMatch), user.name(), request.toDetails());
        return Versions.current(views.one(visit), visit.version());
    }

    @POST
    @Path("{id}/void")
    @RolesAllowed({Roles.SPECIALIST, Roles.MANAGER})
    @Operation(summary = "Void a visit logged by mistake", description = "The visit stays in the log and its revisions "
            + "(the void is a revision of its own), shown as voided with who, when and why, and counts in no figure, "
            + "ledger, first-contact date, contact summary or planner progress from then on. Only the specialist who "
            + "logged it or a manager of their team (403 otherwise). A signed-off week it falls in is marked "
            + "CHANGED_AFTER_REVIEW; a planned visit it completed is open again. Send If-Match with the ETag of your last "
            + "read, and an Idempotency-Key so that a retry replays the first answer; voiding a void visit is 409.")
    @APIResponse(responseCode = "200", description = "the voided visit",
            content = @Content(schema = @Schema(implementation = VisitView.class)))
    @APIResponse(responseCode = "409", description = "the visit is void already")
    public Response voidVisit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                              @HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull VoidRequest request) {
        Visit seen = log.visible(id, access.scope());
        boolean manages = access.managesTeamOf(seen.specialist());
        return idempotent.once(key, request, () -> {
            Visit visit = log.voidVisit(id, Versions.required(ifMatch), user.name(), manages, request.reason());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("visits").path(visit.id().toString()).build(),
                    views.one(visit), visit.version(), 200);
        });
    }

    @GET
    @Path("{id}/revisions")
    @Operation(summary = "Every correction of a visit", description = "The team's managers and admins, or the specialist who logged it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RevisionView.class, type = SchemaType.ARRAY)))
    public List<RevisionView> revisions(@PathParam("id") long id) {
        log.visible(id, access.scope());
        return views.revisions(log.history(id, user.name(), user.is(Roles.MANAGER) || user.is(Roles.ADMIN)));
    }
}
