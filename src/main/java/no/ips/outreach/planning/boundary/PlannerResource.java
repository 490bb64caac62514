package no.ips.outreach.planning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.planning.control.VisitPlanner;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.control.WeekSuggestions;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.Suggestion;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.boundary.Attachment;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A specialist's week of employer visits: suggestions, the plan with its routes and progress, planning a visit, and
 * the week as an iCalendar file. The specialist plans their own week; a manager may plan for the team's specialists.
 */
@Path("planner/{username}")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class PlannerResource {

    static final String CALENDAR = "text/calendar; charset=UTF-8";

    @Inject
    PlannerAccess access;

    @Inject
    WeekPlans plans;

    @Inject
    WeekSuggestions suggestions;

    @Inject
    VisitPlanner planner;

    @Inject
    PlannedVisitViews views;

    @Inject
    PlanCalendar calendar;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Path("weeks/{week}")
    @Operation(summary = "The week's plan", description = "Each day's visits in time order, with the estimated road "
            + "kilometres and driving minutes of that round trip from the specialist's office, a shorter order when there is "
            + "one (suggestedOrder, kilometresSaved), visits to employers without coordinates under notOnRoute "
            + "(kilometres are great-circle distance times a road factor, driven at an average speed), each visit's state "
            + "(PLANNED, DONE, CANCELLED, or MISSED when left open after its day), colleagues planning the same employers, "
            + "and face-to-face contacts done and planned against the team's weekly target.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WeekPlanView.class)))
    public WeekPlanView week(@PathParam("username") String username,
                             @Parameter(description = "ISO week, e.g. 2026-W48") @PathParam("week") String week) {
        Specialist specialist = access.plannable(username);
        return views.week(plans.of(specialist, IsoWeek.parse("week", week)));
    }

    @GET
    @Path("weeks/{week}/suggestions")
    @Operation(summary = "Employers to visit this week, ranked", description = "Reasons: an introduction pending for a "
            + "participant's match, a first face-to-face employer contact due within 30 days of enrolment, a visit's follow-up "
            + "due, a job search without employer contact for 14 days, follow-along support due, employers to approach for "
            + "participants without suitable openings, and partner employers dormant for 90 days. Do-not-contact and archived "
            + "employers never appear, nor employers already planned that week.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SuggestionView.class, type = SchemaType.ARRAY)))
    public List<SuggestionView> suggestions(@PathParam("username") String username, @PathParam("week") String week) {
        Specialist specialist = access.plannable(username);
        return views.suggestions(suggestions.of(specialist, IsoWeek.parse("week", week), access.caller()).stream()
                .map(SuggestionView::of).toList());
    }

    @GET
    @Path("weeks/{week}/calendar")
    @Produces(CALENDAR)
    @Operation(summary = "The week's planned visits as iCalendar (RFC 5545)", description = "One event per planned or done "
            + "visit in the employer's time zone, with its address, purpose and the participants who allow being named.")
    public Response calendar(@PathParam("username") String username, @PathParam("week") String week) {
        Specialist specialist = access.plannable(username);
        IsoWeek isoWeek = IsoWeek.parse("week", week);
        return Response.ok(calendar.of(specialist, isoWeek), CALENDAR)
                .header("Content-Disposition", Attachment.disposition("visits-" + username + "-" + isoWeek + ".ics"))
                .build();
    }

    @POST
    @Path("visits")
    @Operation(summary = "Plan a visit", description = "On a day and local time at the employer (\"09:30\", or \"9\" for "
            + "09:00), not in the past, not overlapping another of the specialist's planned visits (409), never for "
            + "an archived or do-not-contact employer, and only for participants in the specialist's caseload. Send an "
            + "Idempotency-Key so a retry never plans the visit twice.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlannedVisitView.class)))
    public Response plan(@PathParam("username") String username, @HeaderParam(IdempotentCreate.HEADER) String key,
                         @Valid @NotNull PlannedVisitRequest request) {
        Specialist specialist = access.plannable(username);
        return idempotent.once(key, request, () -> {
            PlannedVisit planned = planner.plan(specialist, request.toDetails(), access.caller());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("planned-visits").path(planned.id().toString())
                    .build(), views.one(planned), planned.version());
        });
    }

    @POST
    @Path("suggestions/{employerId}/plan")
    @Operation(summary = "Plan a suggestion", description = "Plans the week's suggestion for this employer on a day and "
            + "local time (\"09:30\", or \"9\" for 09:00); its participants and most urgent reason come from the "
            + "suggestion, the note is the reason's explanation, the visit lasts 45 minutes, and the purpose is "
            + "FOLLOW_ALONG for follow-along support, PARTICIPANT_JOB_DEVELOPMENT when it serves participants, else "
            + "GENERAL_JOB_DEVELOPMENT; the body may set durationMinutes, purpose and note instead. 404 when the employer is "
            + "not suggested for that day's week. The same rules as planning a visit apply; send an Idempotency-Key.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PlannedVisitView.class)))
    public Response planSuggestion(@PathParam("username") String username, @PathParam("employerId") long employerId,
                                   @HeaderParam(IdempotentCreate.HEADER) String key,
                                   @Valid @NotNull SuggestionPlanRequest request) {
        Specialist specialist = access.plannable(username);
        return idempotent.once(key, request, () -> {
            Suggestion suggestion = suggestions.forEmployer(specialist, IsoWeek.of(request.day()), employerId,
                    access.caller()).orElseThrow(() -> ProblemException.notFound("suggestion for employer", employerId));
            PlannedVisit planned = planner.plan(specialist, WeekSuggestions.planOf(suggestion, request.day(),
                    request.startsAt(), request.durationMinutes(), request.purpose(), request.note()), access.caller());
            return new IdempotentCreate.Created(uri.getBaseUriBuilder().path("planned-visits").path(planned.id().toString())
                    .build(), views.one(planned), planned.version());
        });
    }
}
