package no.ips.outreach.planning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import no.ips.outreach.planning.control.VisitPlanner;
import no.ips.outreach.planning.entity.Completion;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.boundary.VisitView;
import no.ips.outreach.visits.boundary.VisitViews;
import no.ips.outreach.visits.entity.Visit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** One planned visit: read, move, cancel, or complete it into the visit log. Changes need If-Match. */
@Path("planned-visits/{id}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class PlannedVisitsResource {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    PlannerAccess access;

    @Inject
    VisitPlanner planner;

    @Inject
    PlannedVisitViews views;

    @Inject
    VisitViews visitViews;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "A planned visit, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlannedVisitView.class)))
    public Response read(@PathParam("id") long id) {
        PlannedVisit planned = visible(id);
        return Versions.current(views.one(planned), planned.version());
    }

    @PUT
    @Operation(summary = "Move or change a planned visit", description = "Only one still PLANNED; the same rules as planning. "
            + "Send If-Match with the ETag of your last read.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlannedVisitView.class)))
    public Response reschedule(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                               @Valid @NotNull PlannedVisitRequest request) {
        long expected = Versions.required(ifMatch);
        Specialist owner = ownerOf(existing(id));
        PlannedVisit planned = planner.reschedule(id, owner, expected, request.toDetails(), access.caller());
        return Versions.current(views.one(planned), planned.version());
    }

    @DELETE
    @Operation(summary = "Cancel a planned visit", description = "It stays in the week as CANCELLED. Send If-Match.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PlannedVisitView.class)))
    public Response cancel(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        long expected = Versions.required(ifMatch);
        visible(id);
        PlannedVisit planned = planner.cancel(id, expected);
        return Versions.current(views.one(planned), planned.version());
    }

    @POST
    @Path("completion")
    @Operation(summary = "Log the planned visit as made", description = "One action: the visit is logged in person at the "
            + "planned time (or now, if earlier), pre-filled from the plan; the body may add the outcome, notes, next step, "
            + "quality, minutes and what was disclosed. Only the specialist who makes the visit logs it. Completing twice "
            + "is refused with 409 and logs nothing.")
    @APIResponse(responseCode = "201", description = "the logged visit", content = @Content(schema = @Schema(
            implementation = VisitView.class)))
    public Response complete(@PathParam("id") long id, @Valid CompletionRequest request) {
        visible(id);
        Visit visit = planner.complete(id, access.caller(), request == null ? Completion.AS_PLANNED : request.toCompletion());
        return Response.created(uri.getBaseUriBuilder().path("visits").path(visit.id().toString()).build())
                .tag(Versions.tag(visit.version())).entity(visitViews.one(visit)).build();
    }

    /** The planned visit, if the caller may plan its specialist's week; otherwise as if it did not exist, or 403. */
    private PlannedVisit visible(long id) {
        PlannedVisit planned = existing(id);
        ownerOf(planned);
        return planned;
    }

    private PlannedVisit existing(long id) {
        PlannedVisit planned = em.find(PlannedVisit.class, id);
        if (planned == null) {
            throw ProblemException.notFound("planned visit", id);
        }
        return planned;
    }

    /** The specialist who makes the visit, when the caller may plan their week; a visit outside that is a 404. */
    private Specialist ownerOf(PlannedVisit planned) {
        try {
            return access.plannable(planned.specialist());
        } catch (ProblemException notTheirs) {
            if (notTheirs.problem().status() == 404) {
                throw ProblemException.notFound("planned visit", planned.id());
            }
            throw notTheirs;
        }
    }
}
