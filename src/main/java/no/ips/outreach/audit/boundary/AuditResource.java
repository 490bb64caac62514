package no.ips.outreach.audit.boundary;

import no.ips.outreach.platform.language.RequestLanguage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
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
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.platform.boundary.CsvTable;
import no.ips.outreach.platform.boundary.CsvTableWriter;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Outreach audit for managers and method supervisors: employer contacts, time in the community, rapid job search,
 * job starts, the IPS-25 employer items and the weekly review of the contact log. Each report answers JSON, or CSV
 * for {@code Accept: text/csv}; its parts (weekly, scorecard, first-contacts, reviews) can be fetched alone, each at a
 * path of its own.
 */
@Path("audit")
@ApplicationScoped
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class AuditResource {

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
    AccessLog accessLog;

    @Context
    Request request;

    @GET
    @Path("specialists/{username}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's outreach report", description = "The specialist reads their own; the team's "
            + "managers and administrators read anyone's. Give week=2026-W48, month=2026-11, or from and to (inclusive "
            + "dates in Europe/Oslo time). JSON, or CSV for Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachReportView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response specialist(@PathParam("username") String username, @QueryParam("week") String week,
                               @QueryParam("month") String month, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return specialistPart(username, ReportPeriod.parse(week, month, from, to), "");
    }

    @GET
    @Path("specialists/{username}/weekly")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's figures week by week",
            description = "The weekly part of the specialist's report.")
    @APIResponse(responseCode = "200", description = "one line a week", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WeekView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response specialistWeekly(@PathParam("username") String username, @QueryParam("week") String week,
                                     @QueryParam("month") String month, @QueryParam("from") String from,
                                     @QueryParam("to") String to) {
        return specialistPart(username, ReportPeriod.parse(week, month, from, to), "weekly");
    }

    @GET
    @Path("specialists/{username}/scorecard")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's IPS-25 employer items",
            description = "The scorecard part of the specialist's report.")
    @APIResponse(responseCode = "200", description = "one line an item", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardLine.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response specialistScorecard(@PathParam("username") String username, @QueryParam("week") String week,
                                        @QueryParam("month") String month, @QueryParam("from") String from,
                                        @QueryParam("to") String to) {
        return specialistPart(username, ReportPeriod.parse(week, month, from, to), "scorecard");
    }

    @GET
    @Path("specialists/{username}/first-contacts")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's rapid job search", description = "Days from enrolment to the first "
            + "face-to-face employer contact, and who is still waiting; participants are named to their own specialist "
            + "only.")
    @APIResponse(responseCode = "200", description = "rapid job search", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RapidJobSearchView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response specialistFirstContacts(@PathParam("username") String username, @QueryParam("week") String week,
                                            @QueryParam("month") String month, @QueryParam("from") String from,
                                            @QueryParam("to") String to) {
        return specialistPart(username, ReportPeriod.parse(week, month, from, to), "first-contacts");
    }

    @GET
    @Path("specialists/{username}/reviews")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A specialist's weekly sign-offs in the period",
            description = "The reviews part of the report.")
    @APIResponse(responseCode = "200", description = "one review a week", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response specialistReviews(@PathParam("username") String username, @QueryParam("week") String week,
                                      @QueryParam("month") String month, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return specialistPart(username, ReportPeriod.parse(week, month, from, to), "reviews");
    }

    @GET
    @Path("teams/{id}")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's outreach report", description = "For the team's managers and administrators. "
            + "Participants appear only as counts and days, except to their own specialist. JSON, or CSV for "
            + "Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutreachReportView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response team(@PathParam("id") long id, @QueryParam("week") String week,
                         @QueryParam("month") String month, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        return teamPart(id, ReportPeriod.parse(week, month, from, to), "");
    }

    @GET
    @Path("teams/{id}/weekly")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's figures week by week", description = "The weekly part of the team's report.")
    @APIResponse(responseCode = "200", description = "one line a week", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WeekView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response teamWeekly(@PathParam("id") long id, @QueryParam("week") String week,
                               @QueryParam("month") String month, @QueryParam("from") String from,
                               @QueryParam("to") String to) {
        return teamPart(id, ReportPeriod.parse(week, month, from, to), "weekly");
    }

    @GET
    @Path("teams/{id}/scorecard")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's IPS-25 employer items", description = "The scorecard part of the team's report.")
    @APIResponse(responseCode = "200", description = "one line an item", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardLine.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response teamScorecard(@PathParam("id") long id, @QueryParam("week") String week,
                                  @QueryParam("month") String month, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return teamPart(id, ReportPeriod.parse(week, month, from, to), "scorecard");
    }

    @GET
    @Path("teams/{id}/first-contacts")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's rapid job search", description = "Days from enrolment to the first face-to-face "
            + "employer contact, and who is still waiting, as days only.")
    @APIResponse(responseCode = "200", description = "rapid job search", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RapidJobSearchView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response teamFirstContacts(@PathParam("id") long id, @QueryParam("week") String week,
                                      @QueryParam("month") String month, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return teamPart(id, ReportPeriod.parse(week, month, from, to), "first-contacts");
    }

    @GET
    @Path("teams/{id}/reviews")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @Operation(summary = "A team's weekly sign-offs in the period", description = "The reviews part of the team's report.")
    @APIResponse(responseCode = "200", description = "one review a specialist and week", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response teamReviews(@PathParam("id") long id, @QueryParam("week") String week,
                                @QueryParam("month") String month, @QueryParam("from") String from,
                                @QueryParam("to") String to) {
        return teamPart(id, ReportPeriod.parse(week, month, from, to), "reviews");
    }

    @GET
    @Path("teams/{id}/worksheet")
    @Produces(MediaType.TEXT_HTML + "; charset=UTF-8")
    @Operation(summary = "A team's printable fidelity worksheet", description = "Self-contained HTML: the scorecard with "
            + "every input, the specialists' figures (those left out of the contact rate named, with why), rapid job "
            + "search with the date waits are counted to, the weekly reviews with each week's month, and every "
            + "counting rule as a footnote, with a place to sign, in the caller's language (nb, da or en) with the item "
            + "names of the Norwegian and Danish IPS scales.")
    @APIResponse(responseCode = "200", description = "the worksheet", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public String worksheet(@PathParam("id") long id, @QueryParam("week") String week,
                            @QueryParam("month") String month, @QueryParam("from") String from,
                            @QueryParam("to") String to) {
        return FidelityWorksheet.html(teamReport(access.readableTeam(id), ReportPeriod.parse(week, month, from, to)),
                RequestLanguage.current());
    }

    @GET
    @Path("national")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The national outreach report", description = "Every team's figures and the country's "
            + "scorecard, for administrators; participants appear only as counts. JSON, or CSV for Accept: text/csv.")
    @APIResponse(responseCode = "200", description = "the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NationalReportView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response national(@QueryParam("week") String week,
                             @QueryParam("month") String month, @QueryParam("from") String from,
                             @QueryParam("to") String to) {
        return nationalPart(ReportPeriod.parse(week, month, from, to), "");
    }

    @GET
    @Path("national/weekly")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The country's figures week by week", description = "The weekly part of the national report.")
    @APIResponse(responseCode = "200", description = "one line a week", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = WeekView.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response nationalWeekly(@QueryParam("week") String week,
                                   @QueryParam("month") String month, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return nationalPart(ReportPeriod.parse(week, month, from, to), "weekly");
    }

    @GET
    @Path("national/scorecard")
    @Produces({MediaType.APPLICATION_JSON, CsvTableWriter.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The country's IPS-25 employer items", description = "The scorecard part of the national report.")
    @APIResponse(responseCode = "200", description = "one line an item", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ScorecardLine.class)),
            @Content(mediaType = CsvTableWriter.MEDIA_TYPE)})
    public Response nationalScorecard(@QueryParam("week") String week,
                                      @QueryParam("month") String month, @QueryParam("from") String from,
                                      @QueryParam("to") String to) {
        return nationalPart(ReportPeriod.parse(week, month, from, to), "scorecard");
    }

    private Response specialistPart(String username, ReportPeriod period, String part) {
        Specialist specialist = access.readableSpecialist(username);
        var report = views.report(specialist.team(), specialist.username(),
                reports.of(List.of(specialist), period), access.reader());
        return respond(specialist.username(), part, report);
    }

    private Response teamPart(long id, ReportPeriod period, String part) {
        Team team = access.readableTeam(id);
        return respond("team-" + team.code(), part, teamReport(team, period));
    }

    private Response nationalPart(ReportPeriod period, String which) {
        NationalReportView report = views.national(national.of(period));
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

    private OutreachReportView teamReport(Team team, ReportPeriod period) {
        return views.report(team, null, reports.of(access.specialistsOf(team), period), access.reader());
    }

    private Response respond(String subject, String which, OutreachReportView report) {
        logParticipantsNamed(report.rapidJobSearch());
        String name = subject.replaceAll("[^A-Za-z0-9._-]", "_");
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

    /** JSON unless the client prefers CSV; the table is only built when asked for. */
    private Response negotiated(Object json, Supplier<CsvTable> csv) {
        return CSV.isCompatible(request.selectVariant(VARIANTS).getMediaType())
                ? Response.ok(csv.get(), CSV).build()
                : Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
