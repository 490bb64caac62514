package no.ips.outreach.matching.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.ips.outreach.matching.control.Matching;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Employers to go and talk to for a participant: the outbound principle. */
@Path("participants/{id}/employers-to-approach")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class EmployersToApproachResource {

    @Inject
    Matching matching;

    @GET
    @Operation(summary = "Employers to go and talk to for a participant", description = "Employers without a suitable "
            + "opening whose industry and location fit the participant's preferences, never do-not-contact ones; ranked by "
            + "fit, relationship and time since the team was last there, with the colleague who knows each best.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerToApproachView.class, type = SchemaType.ARRAY)))
    public List<EmployerToApproachView> employersToApproach(@PathParam("id") long participantId,
                                                            @Parameter(description = "1-" + MatchLimit.MAX + ", default 20") @QueryParam("limit") String limit) {
        return matching.employersFor(participantId, MatchLimit.parse(limit)).stream().map(EmployerToApproachView::of).toList();
    }

}
