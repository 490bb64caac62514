package no.ips.outreach.participants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.participants.control.ParticipantFilter;
import no.ips.outreach.participants.control.ParticipantRead;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("participants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class ParticipantsResource {

    @Inject
    Caseload caseload;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The caller's caseload", description = "A specialist sees their own participants, a manager "
            + "also those of the teams they manage. Every participant listed is written to the access log.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantPage.class)))
    public ParticipantPage list(@QueryParam("status") String status, @QueryParam("specialist") String specialist,
                                @QueryParam("q") String text, @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @QueryParam("sort") String sort) {
        var filter = new ParticipantFilter(QueryParams.enumValue("status", status, ParticipantStatus.class),
                blankToNull(specialist), blankToNull(text));
        var page = PageRequest.parse(offset, limit, sort, Caseload.SORT_KEYS, "alias");
        return ParticipantPage.of(caseload.list(filter, page).map(ParticipantView::of));
    }

    @POST
    @Operation(summary = "Enrol a participant", description = "No national identity numbers and no diagnoses: an "
            + "external reference to the host system and an alias. A specialist enrols into their own caseload.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response enrol(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull ParticipantRequest request) {
        return idempotent.once(key, request, () -> {
            Participant participant = caseload.enrol(blankToNull(request.specialist()), request.toProfile());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(participant.id().toString()).build(),
                    ParticipantView.of(participant), participant.version());
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A participant in your scope, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    @APIResponse(responseCode = "404", description = "no such participant in the caller's caseload or teams")
    @Transactional // the record, its preferences and its access-log row on one connection, in one transaction
    public Response find(@PathParam("id") long id) {
        ParticipantRead read = caseload.readInFull(id);
        return Versions.current(ParticipantView.of(read), read.participant().version());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Correct a participant's record", description = "Only the responsible specialist. "
            + "The specialist field is ignored here; hand-overs go through /reassign.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ParticipantRequest request) {
        Participant participant = caseload.update(id, Versions.required(ifMatch), request.toProfile());
        return Versions.current(ParticipantView.of(participant), participant.version());
    }

    @PUT
    @Path("{id}/preferences")
    @Operation(summary = "State the participant's job preferences", description = "Occupations are ISCO-08/STYRK-08 "
            + "unit groups in priority order; industries are NACE prefixes. Each changed field is kept in the history.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response preferences(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                @Valid @NotNull PreferencesPayload preferences) {
        Participant participant = caseload.statePreferences(id, Versions.required(ifMatch), preferences::toPreferences);
        return Versions.current(ParticipantView.of(participant), participant.version());
    }

    @GET
    @Path("{id}/preferences/history")
    @Operation(summary = "How the participant's preferences changed, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreferenceChangeView.class, type = SchemaType.ARRAY)))
    public List<PreferenceChangeView> history(@PathParam("id") long id) {
        return caseload.history(id).stream().map(PreferenceChangeView::of).toList();
    }

    @POST
    @Path("{id}/reassign")
    @Operation(summary = "Hand the participant to another specialist in the same team",
            description = "A manager of the team or an administrator; one explicit, logged action.")
    @APIResponse(responseCode = "204", description = "handed over; the ETag is the record's new version")
    public Response reassign(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull ReassignRequest request) {
        Participant participant = caseload.reassign(id, Versions.required(ifMatch), request.specialist().trim());
        return Response.noContent().tag(Versions.tag(participant.version())).build();
    }

    @POST
    @Path("{id}/anonymise")
    @Operation(summary = "Anonymise the participant", description = "On request or when the retention period ends: "
            + "identifying fields are wiped; visits, job starts and statistics stay. A manager of the team or an administrator.")
    @APIResponse(responseCode = "204", description = "anonymised")
    public Response anonymise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        Participant participant = caseload.anonymise(id, Versions.required(ifMatch));
        return Response.noContent().tag(Versions.tag(participant.version())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
