package no.ips.outreach.backups.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import no.ips.outreach.backups.control.EmbeddedBackup;
import no.ips.outreach.platform.boundary.IdempotentCreate;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("backups")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class BackupsResource {

    @Inject
    EmbeddedBackup backup;

    @Inject
    IdempotentCreate idempotent;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Back up the embedded database now", description = "Administrators only, and only on the "
            + "embedded H2 database: writes a consistent zip (H2's BACKUP TO) into outreach.backup.dir on the service's "
            + "machine while the service runs. MySQL and MariaDB are backed up with mariadb-dump --single-transaction "
            + "(README), so there it is 409.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "409", description = "not on the embedded database")
    public Response backUp(@HeaderParam(IdempotentCreate.HEADER) String key) {
        if (!backup.embedded()) {
            throw ProblemException.conflict(Messages.get("problem.backup.not-embedded"));
        }
        return idempotent.once(key, Map.of(), () -> {
            EmbeddedBackup.Backup written = backup.take();
            return new IdempotentCreate.Created(uri.getAbsolutePathBuilder().path(written.file().getFileName().toString())
                    .build(), BackupView.of(written), 0);
        });
    }

    @GET
    @Path("{name}")
    @Operation(summary = "A backup written earlier", description = "Administrators only: where it is and how large.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "404", description = "no such backup")
    public BackupView written(@PathParam("name") String name) {
        return backup.find(name).map(BackupView::of).orElseThrow(() -> ProblemException.notFound("backup", name));
    }
}
