package no.ips.outreach.supervision.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ips.outreach.audit.boundary.AuditViews;
import no.ips.outreach.audit.boundary.ReviewView;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.supervision.control.TeamSignOffs;
import no.ips.outreach.supervision.control.TeamWeeks;
import no.ips.outreach.teams.entity.Team;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The manager's desk: a team's week in one call, and the week's sign-offs in one action. The figures are the audit's
 * own; this resource only puts them side by side.
 */
@Path("supervision/teams/{id}")
@ApplicationScoped
@RolesAllowed({Roles.SPECIALIST, Roles.MANAGER, Roles.ADMIN})
public class SupervisionResource {

    @Inject
    SupervisionAccess access;

    @Inject
    TeamWeeks teamWeeks;

    @Inject
    TeamSignOffs signOffs;

    @Inject
    TeamWeekViews views;

    @GET
    @Path("weeks/{week}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The team's week on the manager's desk", description = "Each specialist's face-to-face "
            + "employer contacts against their target, time in the community, participants past the 30-day deadline "
            + "for a first employer contact, planned visits left, and the sign-off, for the week and the eight before; "
            + "who is behind and why; the team's trend. The team's managers and administrators see every specialist; "
            + "a specialist of the team sees only their own line.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TeamWeekView.class)))
    public TeamWeekView week(@PathParam("id") long id,
                             @Parameter(description = "ISO week, like 2026-W49") @PathParam("week") String week) {
        IsoWeek isoWeek = IsoWeek.parse("week", week);
        Team team = access.team(id);
        boolean whole = access.seesWholeTeam(team);
        return views.of(team, teamWeeks.of(access.visibleSpecialists(team), isoWeek), whole);
    }

    @POST
    @Path("sign-offs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MANAGER)
    @Operation(summary = "Sign off several specialist-weeks at once", description = "All or none, each with an "
            + "optional supervision note, by a manager of the team, from each week's last working day. A week already "
            + "signed off, unchanged since and with the same note, is left as it is, so a retry adds nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReviewView.class,
            type = SchemaType.ARRAY)))
    public List<ReviewView> signOff(@PathParam("id") long id, @Valid @NotNull SignOffsRequest request) {
        Team team = access.team(id);
        List<TeamSignOffs.Wanted> wanted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.signOffs().size(); i++) {
            SignOffsRequest.Item item = request.signOffs().get(i);
            String field = "signOffs[" + i + "]";
            IsoWeek week = IsoWeek.parse(field + ".week", item.week());
            var specialist = access.reviewable(team, field + ".specialist", item.specialist().trim());
            if (!seen.add(specialist.username() + "/" + week)) {
                throw ProblemException.invalid(field,
                        Messages.get("supervision.listed-twice", specialist.username(), week));
            }
            wanted.add(new TeamSignOffs.Wanted(specialist, week, blankToNull(item.note())));
        }
        return signOffs.signOff(wanted, access.reader()).stream()
                .map(s -> AuditViews.review(s.specialist().username(), s.review())).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
