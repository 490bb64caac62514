package no.ips.outreach.jobstarts.boundary;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.jobstarts.control.JobStarts;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("job-starts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class JobStartsResource {

    @Inject
    JobStarts jobStarts;

    @Inject
    EmployerStore employers;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.SPECIALIST)
    @Operation(summary = "Record a job start", description = "For a participant in the caller's caseload. With an "
            + "openingId this fills a position of the opening (the opening is FILLED when its last position is taken) and "
            + "moves the participant to EMPLOYED, all in one transaction.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = JobStartView.class)))
    @APIResponse(responseCode = "409", description = "the opening is already filled, closed or expired")
    public Response start(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull JobStartRequest request) {
        return idempotent.once(key, request, () -> {
            JobStart start = jobStarts.start(user.name(), request.toRequest());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(start.id().toString()).build(),
                    view(start), start.version());
        });
    }

    @GET
    @Operation(summary = "Job starts of the participants the caller may see", description = "Newest first. from and to filter the start date.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobStartPage.class)))
    public JobStartPage list(@QueryParam("participantId") String participantId, @QueryParam("employerId") String employerId,
                             @QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var page = jobStarts.list(id("participantId", participantId), id("employerId", employerId),
                QueryParams.date("from", from), QueryParams.date("to", to),
                PageRequest.parse(offset, limit, null, Set.of("startDate"), "-startDate"));
        var names = employers.names(page.items().stream().map(s -> s.terms().employerId()).distinct().toList());
        var views = page.map(start -> JobStartView.of(start, names.get(start.terms().employerId())));
        return new JobStartPage(views.items(), views.total(), views.offset(), views.limit(), views.nextOffset());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A job start, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobStartView.class)))
    public Response find(@PathParam("id") long id) {
        JobStart start = jobStarts.visible(id);
        return Versions.current(view(start), start.version());
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Roles.SPECIALIST)
    @Operation(summary = "Record that the job ended", description = "Send If-Match with the job start's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = JobStartView.class)))
    public Response end(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull JobEndRequest request) {
        JobStart start = jobStarts.end(id, Versions.required(ifMatch), request.endDate(), request.reason());
        return Versions.current(view(start), start.version());
    }

    private JobStartView view(JobStart start) {
        long employerId = start.terms().employerId();
        return JobStartView.of(start, employers.names(List.of(employerId)).get(employerId));
    }

    private static Long id(String name, String value) {
        return value == null || value.isBlank() ? null : (long) QueryParams.integer(name, value, 0, 1, Integer.MAX_VALUE);
    }
}
