package no.ips.outreach.participants.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.Set;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.QueryParams;
import no.ips.outreach.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

@Path("access-log")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccessLogResource {

    private static final ZoneId LOCAL = ZoneId.of("Europe/Oslo");

    @Inject
    AccessLog log;

    @GET
    @Operation(summary = "Who read or changed which participant record, when", description = "Administrators only. "
            + "from and to are dates (whole days, Norwegian time); to is inclusive.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccessLogPage.class)))
    public AccessLogPage search(@QueryParam("participantId") String participantId, @QueryParam("username") String username,
                                @QueryParam("from") String from, @QueryParam("to") String to,
                                @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        var fromDate = QueryParams.date("from", from);
        var toDate = QueryParams.date("to", to);
        Long participant = participantId == null || participantId.isBlank() ? null
                : (long) QueryParams.integer("participantId", participantId, 0, 1, Integer.MAX_VALUE);
        var page = PageRequest.parse(offset, limit, null, Set.of("at"), "-at");
        return AccessLogPage.of(log.search(participant,
                username == null || username.isBlank() ? null : username.trim(),
                fromDate == null ? null : fromDate.atStartOfDay(LOCAL).toInstant(),
                toDate == null ? null : toDate.plusDays(1).atStartOfDay(LOCAL).toInstant(), page)
                .map(AccessRecordView::of));
    }
}
