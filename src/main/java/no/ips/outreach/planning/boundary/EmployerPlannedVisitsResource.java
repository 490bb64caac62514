package no.ips.outreach.planning.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.planning.control.UpcomingVisits;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.TeamScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The employer page's upcoming planned visits, so that nobody turns up the day after a colleague. */
@Path("employers/{employerId}/planned-visits")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class EmployerPlannedVisitsResource {

    @Inject
    EmployerRegistry employers;

    @Inject
    UpcomingVisits upcoming;

    @Inject
    TeamScope scope;

    @GET
    @Operation(summary = "Upcoming planned visits to the employer", description = "Still planned, from today on, by the "
            + "specialists of the caller's team and the teams they manage (administrators: all teams).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = UpcomingVisitView.class, type = SchemaType.ARRAY)))
    public List<UpcomingVisitView> upcoming(@PathParam("employerId") long employerId) {
        employers.existing(employerId);
        return upcoming.at(employerId, scope.visibleTeamIds(), scope.seesAllTeams()).stream()
                .map(u -> new UpcomingVisitView(u.visit().id(), u.specialist().username(), u.specialist().displayName(),
                        u.visit().day(), u.visit().startsAt(), u.visit().durationMinutes(), u.visit().purpose()))
                .toList();
    }
}
