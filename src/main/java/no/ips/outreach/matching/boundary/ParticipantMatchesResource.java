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

/** Open openings ranked for a participant, following their own preferences. */
@Path("participants/{id}/matches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class ParticipantMatchesResource {

    @Inject
    Matching matching;

    @GET
    @Operation(summary = "Open openings ranked for a participant", description = "Scores 0-100 with a per-criterion "
            + "explanation that adds up to the score. Only the participant's own hard limits (an excluded industry, travel "
            + "beyond their maximum, a requirement they lack) exclude an opening; includeExcluded=true shows those too, "
            + "with the reason. Openings the participant declined are left out until their preferences or the opening "
            + "change. Distances are great-circle. limit is 1-" + MatchLimit.MAX + "; more is refused.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OpeningMatchView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "422", description = "the participant has no preferences yet; the message says which to record")
    public List<OpeningMatchView> matches(@PathParam("id") long participantId,
                                          @QueryParam("includeExcluded") boolean includeExcluded,
                                          @Parameter(description = "1-" + MatchLimit.MAX + ", default 20") @QueryParam("limit") String limit) {
        return matching.openingsFor(participantId, includeExcluded, MatchLimit.parse(limit)).stream()
                .map(OpeningMatchView::of).toList();
    }

}
