package no.ips.outreach.visits.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.visits.control.VisitFilter;
import no.ips.outreach.visits.control.VisitStore;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An employer's visit timeline, newest first. */
@Path("employers/{employerId}/visits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class EmployerTimelineResource {

    @Inject
    EmployerRegistry employers;

    @Inject
    VisitStore store;

    @Inject
    VisitViews views;

    @Inject
    VisitAccess access;

    @GET
    @Operation(summary = "The employer's visit timeline", description = "The visits of the caller's team and the teams "
            + "they manage (administrators: all); the employer's contact summary counts every team's.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = VisitPage.class)))
    public VisitPage timeline(@PathParam("employerId") long employerId,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        employers.existing(employerId);
        var filter = new VisitFilter(null, employerId, null, null, null, access.scope());
        return views.page(store.list(filter, PageRequest.parse(offset, limit, null, VisitStore.SORT_KEYS, "-startedAt")));
    }
}
