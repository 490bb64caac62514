package no.ips.outreach.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ips.outreach.audit.control.ContactLog;
import no.ips.outreach.audit.control.WeekReviews;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.WeekVisit;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * One specialist-week of the audit: its sign-off with the history of notes, and the visits behind its figures. The
 * reports over whole periods are {@link AuditResource}'s; nothing of theirs lies under this path.
 */
@Path("audit/specialists/{username}/weeks/{week}")
@ApplicationScoped
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class SpecialistWeekResource {

    @Inject
    AuditAccess access;

    @Inject
    WeekReviews reviews;

    @Inject
    ContactLog contactLog;

    @Inject
    EmployerStore employers;

    @PUT
    @Path("review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Sign off a specialist's week", description = "A manager of the specialist's team signs off "
            + "the week's employer-contact log as it stands, from the week's last working day (Friday), with an optional "
            + "supervision note (no body, or {\"note\": ...}). Signing again after a change renews the sign-off; every "
            + "sign-off stays in the week's history. Only a sign-off given within outreach.audit.weekly-review-days (7) "
            + "after the week ended counts as a weekly review (weekly: true); a later one counts toward the monthly "
            + "review only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public ReviewView signOff(@PathParam("username") String username,
                              @Parameter(description = "ISO week, like 2026-W48") @PathParam("week") String week,
                              @Valid SignOffRequest request) {
        IsoWeek isoWeek = IsoWeek.parse("week", week);
        Specialist specialist = access.reviewableSpecialist(username);
        var review = reviews.signOff(specialist, isoWeek, access.reader(), request == null ? null : request.note());
        return AuditViews.review(specialist.username(), review, reviews.history(specialist, isoWeek));
    }

    @GET
    @Path("review")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "A specialist's week's review and its history", description = "Whether the week is signed "
            + "off, changed after review or not reviewed, and every sign-off it has had with its note.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewView.class)))
    public ReviewView review(@PathParam("username") String username,
                             @Parameter(description = "ISO week, like 2026-W48") @PathParam("week") String week) {
        IsoWeek isoWeek = IsoWeek.parse("week", week);
        Specialist specialist = access.reviewableSpecialist(username);
        return reviews.current(specialist, isoWeek)
                .map(review -> AuditViews.review(specialist.username(), review, reviews.history(specialist, isoWeek)))
                .orElse(new ReviewView(specialist.username(), isoWeek.toString(), ReviewView.Status.NOT_REVIEWED, null,
                        null, null, null, null, null, null, null, null, List.of()));
    }

    @GET
    @Path("visits")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The visits behind a specialist's week", description = "Every visit of the specialist that "
            + "touches the ISO week, void ones included, in time order, each with whether it counted toward the week's "
            + "face-to-face contacts and toward its time in the community, and when not, why: a stable code (VOIDED, "
            + "OUTSIDE_WEEK, PHONE, VIDEO, EMAIL, EVENT) and the rule in plain words. The totals equal the week's figures "
            + "in the specialist's report. Read as the specialist's report is: their own, or the team's managers and "
            + "administrators.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WeekVisitsView.class)))
    public WeekVisitsView weekVisits(@PathParam("username") String username,
                                     @Parameter(description = "ISO week, like 2026-W48") @PathParam("week") String week) {
        IsoWeek isoWeek = IsoWeek.parse("week", week);
        Specialist specialist = access.readableSpecialist(username);
        var visits = contactLog.touching(specialist.username(), isoWeek);
        return WeekVisitsView.of(specialist.username(), isoWeek, visits,
                employers.names(visits.stream().map(WeekVisit::employerId).distinct().toList()));
    }
}
