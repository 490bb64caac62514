package no.ips.outreach.participants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import no.ips.outreach.participants.control.BulkSync;
import no.ips.outreach.participants.control.SyncResult;
import no.ips.outreach.participants.entity.SyncOutcome;
import no.ips.outreach.platform.boundary.Versions;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The host case system keeps Outreach's participants up to date, keyed by its own id. Only the machine role
 * {@code integration} comes here, and it can do nothing else: it reads back only the outcome of what it wrote.
 */
@Path("participants/by-ref")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class ParticipantSyncResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    BulkSync sync;

    @Inject
    Validator validator;

    @PUT
    @Path("{externalRef}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or update one participant from the host system", description = "The host's id is "
            + "the key within the team named by the token's team claim: 201 when the participant is new, 200 when it was "
            + "updated or already said exactly this (then nothing is written and the version stays). If-Match is "
            + "optional: the host system is the source of these fields, and when it sends one a stale version is 412.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = SyncResult.class)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncResult.class)))
    public Response put(@PathParam("externalRef") String externalRef, @HeaderParam("If-Match") String ifMatch,
                        @Valid @NotNull SyncRequest request) {
        if (externalRef.isBlank() || externalRef.length() > 64) {
            throw ProblemException.invalid("externalRef", Messages.get("host.sync.reference"));
        }
        Long expected = ifMatch == null || ifMatch.isBlank() ? null : Versions.required(ifMatch);
        SyncResult result = sync.one(request.toRow(externalRef), expected);
        return Response.status(result.outcome() == SyncOutcome.CREATED ? 201 : 200).entity(result)
                .tag(Versions.tag(result.version())).build();
    }

    @POST
    @Consumes({NDJSON, "text/csv"})
    @Operation(summary = "Create or update many participants from the host system", description = "NDJSON (one "
            + "object a line) or CSV (RFC 4180, a header row naming the fields, ';' or ','), with the fields of the "
            + "single PUT and externalRef. Each row is created, updated, unchanged or refused with the reason, in "
            + "batches of 200 rows a transaction; a bad row never stops the good ones. Up to 16 MiB.")
    @RequestBody(content = {@Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SyncReport.class)))
    public SyncReport bulk(@HeaderParam("Content-Type") String contentType, byte[] body) {
        String text = utf8(body);
        SyncRows rows = new SyncRows(validator);
        if (contentType != null && contentType.toLowerCase().startsWith("text/csv")) {
            rows.csv(text);
        } else {
            rows.ndjson(text);
        }
        if (rows.rows.isEmpty() && rows.refused.isEmpty()) {
            throw ProblemException.invalid("body", Messages.get("host.sync.empty"));
        }
        return SyncReport.of(sync.all(rows.rows, rows.refused));
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.invalid("body", Messages.get("problem.not-utf-8"));
        }
    }
}
