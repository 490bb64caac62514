package no.ips.outreach.matching.decisions.boundary;

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
import no.ips.outreach.matching.decisions.control.MatchDecisions;
import no.ips.outreach.matching.decisions.control.MatchFilter;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Matches of participants and openings, moved on by the participant's specialist as the participant chooses. */
@Path("matches")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class MatchesResource {

    @Inject
    MatchDecisions decisions;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.SPECIALIST)
    @Operation(summary = "Propose an opening to a participant", description = "For a participant in the caller's caseload "
            + "and an OPEN opening. A match the participant declined is proposed again (the same match, back to PROPOSED) "
            + "only once their preferences or the opening changed after the decline. Send an Idempotency-Key.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "409", description = "the opening is not open, is already proposed, or was declined and "
            + "nothing changed since")
    public Response propose(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull ProposalRequest request) {
        return idempotent.once(key, request, () -> {
            MatchDecision decision = decisions.propose(user.name(), request.participantId(), request.openingId(), request.reason());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(decision.id().toString()).build(),
                    MatchView.of(decision), decision.version());
        });
    }

    @GET
    @Operation(summary = "Matches of the participants the caller may see", description = "Most recently changed first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchPage.class)))
    public MatchPage list(@QueryParam("participantId") String participantId, @QueryParam("openingId") String openingId,
                          @Parameter(description = "PROPOSED, INTERESTED, DECLINED, INTRODUCED, INTERVIEW, HIRED or NOT_HIRED")
                          @QueryParam("stage") String stage,
                          @QueryParam("offset") String offset,
                          @Parameter(description = "page size, 1-" + PageRequest.MAX_LIMIT + "; larger is refused") @QueryParam("limit") String limit,
                          @Parameter(description = "changed or created; prefix - for descending") @QueryParam("sort") String sort) {
        var filter = new MatchFilter(id("participantId", participantId), id("openingId", openingId),
                QueryParams.enumValue("stage", stage, MatchStage.class));
        var page = decisions.list(user.name(), filter, PageRequest.parse(offset, limit, sort, MatchDecisions.SORT_KEYS, "-changed"))
                .map(MatchSummary::of);
        return new MatchPage(page.items(), page.total(), page.offset(), page.limit(), page.nextOffset());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A match with every step", description = "For the participant's specialist and the team's managers.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchView.class)))
    public Response find(@PathParam("id") long id) {
        MatchDecision decision = decisions.read(user.name(), id);
        return Versions.current(MatchView.of(decision), decision.version());
    }

    @POST
    @Path("{id}/steps")
    @RolesAllowed(Roles.SPECIALIST)
    @Operation(summary = "Move a match on", description = "PROPOSED to INTERESTED or DECLINED; INTERESTED to INTRODUCED or "
            + "DECLINED; INTRODUCED to INTERVIEW, HIRED or NOT_HIRED; INTERVIEW to HIRED or NOT_HIRED. HIRED needs startDate "
            + "(hoursPerWeek defaults to the opening's) and records the job start: the opening's position is filled and the "
            + "participant becomes EMPLOYED in the same transaction. Send If-Match with the match's ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MatchView.class)))
    @APIResponse(responseCode = "409", description = "the stage does not follow from the current one, or the opening is "
            + "no longer open")
    public Response step(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull StepRequest request) {
        MatchDecision decision = decisions.move(user.name(), id, Versions.required(ifMatch), request.stage(), request.reason(),
                request.hire());
        return Versions.current(MatchView.of(decision), decision.version());
    }

    private static Long id(String name, String value) {
        return value == null || value.isBlank() ? null : (long) QueryParams.integer(name, value, 0, 1, Integer.MAX_VALUE);
    }
}
