package no.ips.outreach.audit.boundary;

import no.ips.outreach.platform.language.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import no.ips.outreach.audit.control.AuditReports;
import no.ips.outreach.audit.control.NationalReports;
import no.ips.outreach.audit.control.WeekReviews;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.platform.boundary.CsvTable;
import no.ips.outreach.platform.boundary.CsvTableWriter;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Outreach audit for managers and method supervisors: employer contacts, time in the community, rapid job search,
 * job starts, the IPS-25 employer items and the weekly review of the contact log. Each report answers JSON, or CSV
 * for {@code Accept: text/csv}; its parts (weekly, scorecard, first-contacts, reviews) can be fetched alone.
 */
@Path("audit")
@RequestScoped
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class AuditResource {

    private static final String PARTS = "{part: (/(weekly|scorecard|first-contacts|reviews))?}";
    private static final MediaType CSV = MediaType.valueOf(CsvTableWriter.MEDIA_TYPE);
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, CSV).build();

    @Inject
    AuditAccess access;

    @Inject
    AuditReports reports;

    @Inject
    AuditViews views;

    @Inject
    NationalReports national;

    @Inject
    WeekReviews reviews;

    @Inject
    AccessLog accessLog;

    @Context
    Request request;

    @GET
    @Path("specialists/{username}" + PARTS)
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's outreach report", description = "The specialist reads their own; the team's "
            + "managers and administrators read anyone's. Give week=2026-W48, month=2026-11, or from and to (inclusive "
            + "dates in Europe/Oslo time). Append /weekly, /scorecard, /first-contacts or /reviews for one part.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutreachReportView.class)))
    public Response specialist(@PathParam("username") String username, @PathParam("part") String part,
                               @QueryParam("week") String week, @QueryParam("month") String month,
                               @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(week, month, from, to);
        Specialist specialist = access.readableSpecialist(username);
        var report = views.report(specialist.team(), specialist.username(),
                reports.of(List.of(specialist), period), access.reader());
        return respond(specialist.username(), part, report);
    }

    @GET
    @Path("teams/{id: \\d+}" + PARTS)
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's outreach report", description = "For the team's managers and administrators. "
            + "Participants appear only as counts and days, except to their own specialist.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OutreachReportView.class)))
    public Response team(@PathParam("id") long id, @PathParam("part") String part,
                         @QueryParam("week") String week, @QueryParam("month") String month,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(week, month, from, to);
        Team team = access.readableTeam(id);
        return respond("team-" + team.code(), part, teamReport(team, period));
    }

    @GET
    @Path("teams/{id: \\d+}/worksheet")
    @Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
    @Operation(summary = "A team's printable fidelity worksheet", description = "Self-contained HTML: the scorecard with "
            + "every input, the specialists' figures, rapid job search and the weekly reviews, with a place to sign, in the "
            + "caller's language (nb, da or en) with the item names of the Norwegian and Danish IPS scales.")
    public String worksheet(@PathParam("id") long id, @QueryParam("week") String week, @QueryParam("month") String month,
                            @QueryParam("from") String from, @QueryParam("to") String to) {
        ReportPeriod period = ReportPeriod.parse(week, month, from, to);
        return FidelityWorksheet.html(teamReport(access.readableTeam(id), period), RequestLanguage.current());
    }

    @GET
    @Path("national{part: (/(weekly|scorecard))?}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The national outreach report", description = "Every team's figures and the country's "
            + "scorecard, for administrators; participants appear only as counts.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NationalReportView.class)))
    public Response national(@PathParam("part") String part, @QueryParam("week") String week,
                             @QueryParam("month") String month, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        NationalReportView report = views.national(national.of(ReportPeriod.parse(week, month, from, to)));
        String which = part(part);
        return negotiated(switch (which) {
            case "weekly" -> report.weekly();
            case "scorecard" -> report.scorecard();
            default -> report;
        }, () -> switch (which) {
            case "weekly" -> AuditCsv.weekly("national", report.period(), report.weekly());
            case "scorecard" -> AuditCsv.scorecard("national", report.period(), report.scorecard());
            default -> AuditCsv.national(report);
        });
    }

    @PUT
    @Path("specialists/{username}/weeks/{week}/review")
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
    @Path("specialists/{username}/weeks/{week}/review")
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

    private OutreachReportView teamReport(Team team, ReportPeriod period) {
        return views.report(team, null, reports.of(access.specialistsOf(team), period), access.reader());
    }

    private Response respond(String subject, String part, OutreachReportView report) {
        logParticipantsNamed(report.rapidJobSearch());
        String name = subject.replaceAll("[^A-Za-z0-9._-]", "_");
        String which = part(part);
        return negotiated(switch (which) {
            case "weekly" -> report.weekly();
            case "scorecard" -> report.scorecard();
            case "first-contacts" -> report.rapidJobSearch();
            case "reviews" -> report.reviews();
            default -> report;
        }, () -> switch (which) {
            case "weekly" -> AuditCsv.weekly(name, report.period(), report.weekly());
            case "scorecard" -> AuditCsv.scorecard(name, report.period(), report.scorecard());
            case "first-contacts" -> AuditCsv.rapidJobSearch(name, report.period(), report.rapidJobSearch());
            case "reviews" -> AuditCsv.reviews(name, report.period(), report.reviews());
            default -> AuditCsv.summary(name, report);
        });
    }

    /** A report that names participants (only ever to their own specialist) is a read of them, and logged as one. */
    private void logParticipantsNamed(RapidJobSearchView rapid) {
        Set<Long> named = new HashSet<>();
        rapid.reached().stream().map(RapidJobSearchView.Reached::participantId).filter(Objects::nonNull).forEach(named::add);
        rapid.waiting().stream().map(RapidJobSearchView.Waiting::participantId).filter(Objects::nonNull).forEach(named::add);
        if (!named.isEmpty()) {
            accessLog.record(access.reader(), named, AccessAction.LIST);
        }
    }

    private static String part(String path) {
        return path == null || path.isEmpty() ? "" : path.substring(1);
    }

    /** JSON unless the client prefers CSV; the table is only built when asked for. */
    private Response negotiated(Object json, Supplier<CsvTable> csv) {
        return CSV.isCompatible(request.selectVariant(VARIANTS).getMediaType())
                ? Response.ok(csv.get(), CSV).build()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
