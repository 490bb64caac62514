package no.ips.outreach.registers.boundary;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.registers.control.RegisterImports;
import no.ips.outreach.registers.entity.EmployerChange;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.ImportRefusal;
import no.ips.outreach.platform.language.Wording;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Imports of the public registers' bulk files: administrators only. */
@Path("registers/imports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class RegisterImportsResource {

    @Inject
    RegisterImports imports;

    @Inject
    IdempotentCreate idempotent;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Start importing a bulk file", description = "The file is named, not uploaded: put the "
            + "download in the import directory (outreach.registers.import-dir). Enhetsregisteret's enheter or "
            + "underenheter as a JSON array or CSV with its column names, gzip-compressed or not; CVR P-units as the "
            + "JSON of a search response. The format is checked at once (422 with the reason); the import then runs in "
            + "the background: follow it at the Location. One import at a time, across a cluster (409 names the one running).")
    @APIResponse(responseCode = "201", description = "started", content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(responseCode = "409", description = "another import is running")
    @APIResponse(responseCode = "422", description = "the file is not the format expected")
    public Response start(@HeaderParam(IdempotentCreate.HEADER) String key, @Valid @NotNull ImportRequest request) {
        return idempotent.once(key, request, () -> {
            ImportProgress started = imports.start(request.kind(), request.file(), request.naceVersion(), user.name());
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(Long.toString(started.id())).build(),
                    ImportView.of(started, clock.instant()), 0);
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's progress", description = "Records read, imported and refused, bytes done, and an "
            + "estimate of the seconds left; when done, how many units were added, changed, unchanged and closed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportView.class)))
    public ImportView progress(@PathParam("id") long id) {
        return ImportView.of(imports.progress(id), clock.instant());
    }

    @GET
    @Path("{id}/changes")
    @Operation(summary = "What an import changed in the employers", description = "Each change to an employer taken "
            + "from the register: its id and name, the field, the old and the new value. Fields a person has set by hand "
            + "are left alone; a unit the register closed shows as registerClosedOn; advertising protection as doNotContact.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = EmployerChange.class, type = SchemaType.ARRAY)))
    public List<EmployerChange> changes(@PathParam("id") long id) {
        return imports.changes(id);
    }

    @GET
    @Path("{id}/refusals")
    @Operation(summary = "The records an import refused", description = "Each with its record number (from 1), the "
            + "line it starts on and the reason; the first 1,000 of an import are kept.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ImportRefusal.class, type = SchemaType.ARRAY)))
    public List<ImportRefusal> refusals(@PathParam("id") long id) {
        return imports.refusals(id).stream()
                .map(r -> new ImportRefusal(r.recordNumber(), r.line(), r.unitNumber(), Wording.read(r.reason())))
                .toList();
    }
}
