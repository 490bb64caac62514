package no.ips.outreach.retention.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import java.util.Map;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.retention.control.Retention;
import no.ips.outreach.retention.control.RetentionSettings;
import no.ips.outreach.retention.entity.RetentionRun;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("retention")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RetentionResource {

    private static final int LATEST = 50;

    @Inject
    Retention retention;

    @Inject
    RetentionSettings settings;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "How long data is kept, and the latest retention runs", description = "Administrators only. "
            + "Closed participants with no activity for participantsAfter are anonymised; access-log rows older than "
            + "accessLogFor are deleted. Newest run first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RetentionView.class)))
    public RetentionView status() {
        return new RetentionView(settings.policy().participantsAfter().toString(), settings.policy().accessLogFor().toString(),
                settings.policy().eventsFor().toString(),
                settings.every().toString(), settings.scheduled(),
                retention.latest(LATEST).stream().map(RetentionRunView::of).toList());
    }

    @POST
    @Path("runs")
    @Operation(summary = "Run retention now", description = "Administrators only. Waits for a run in progress on any "
            + "instance, then anonymises and deletes what is due, and answers with the counts. Send an Idempotency-Key "
            + "so that a retry replays the first answer.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RetentionRunView.class)))
    public Response runNow(@HeaderParam(IdempotentCreate.HEADER) String key) {
        return idempotent.once(key, Map.of(), () -> {
            RetentionRun run = retention.runNow(settings.policy(), user.name());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(run.id().toString()).build(),
                    RetentionRunView.of(run), 0);
        });
    }

    @GET
    @Path("runs/{id}")
    @Operation(summary = "One retention run", description = "Administrators only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RetentionRunView.class)))
    @APIResponse(responseCode = "404", description = "no such run")
    public RetentionRunView run(@PathParam("id") long id) {
        return retention.find(id).map(RetentionRunView::of)
                .orElseThrow(() -> ProblemException.notFound("retention run", id));
    }
}
