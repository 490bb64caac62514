package no.ips.outreach.matching.boundary;

import no.ips.outreach.platform.language.Language;
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

/** Participants in the caller's scope ranked for an opening. */
@Path("openings/{id}/candidates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class OpeningCandidatesResource {

    @Inject
    Matching matching;

    @Inject
    EmployerPitch pitch;

    @GET
    @Operation(summary = "Participants in the caller's scope ranked for an opening", description = "A specialist's own "
            + "caseload, a manager's teams. forEmployer says only what each participant's disclosure consent allows, in the "
            + "language of the employer's country (nb in Norway, da in Denmark) unless employerLanguage says otherwise.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CandidateView.class, type = SchemaType.ARRAY)))
    public List<CandidateView> candidates(@PathParam("id") long openingId,
                                          @Parameter(description = "1-" + MatchLimit.MAX + ", default 20") @QueryParam("limit") String limit,
                                          @Parameter(description = "nb, da or en: the language of forEmployer")
                                          @QueryParam("employerLanguage") String employerLanguage) {
        var candidates = matching.participantsFor(openingId, MatchLimit.parse(limit));
        Language language = pitch.languageFor(openingId, employerLanguage);
        return candidates.stream()
                .map(ranked -> new CandidateView(ranked.participant().id(), ranked.participant().alias(),
                        ranked.participant().specialist().username(), ranked.match().score(), ranked.distanceKm(),
                        ranked.participant().disclosure(), pitch.of(ranked.participant(), language), CriterionView.of(ranked.match())))
                .toList();
    }

}
