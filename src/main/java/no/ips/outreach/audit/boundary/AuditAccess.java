package no.ips.outreach.audit.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;

/**
 * Who may read which figures: a specialist their own, a manager their teams' and everyone in them, an administrator
 * any team's. Figures outside the reader's teams answer 404, as if they did not exist.
 */
@ApplicationScoped
public class AuditAccess {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    TeamDirectory teams;

    public Specialist readableSpecialist(String username) {
        Specialist specialist = specialists.find(username)
                .orElseThrow(() -> ProblemException.notFound("specialist", username));
        if (specialist.username().equals(user.name()) || scope.seesAllTeams() || scope.manages(specialist.team())) {
            return specialist;
        }
        if (scope.sees(specialist)) {
            throw ProblemException.forbidden(Messages.get("audit.forbidden.colleague"));
        }
        throw ProblemException.notFound("specialist", username);
    }

    public Team readableTeam(long id) {
        Team team = teams.existing(id);
        if (scope.seesAllTeams() || scope.manages(team)) {
            return team;
        }
        if (scope.visibleTeamIds().contains(team.id())) {
            throw ProblemException.forbidden(Messages.get("audit.forbidden.team"));
        }
        throw ProblemException.notFound("team", id);
    }

    /** The weekly review is the supervisor's: only a manager of the specialist's team signs it off. */
    public Specialist reviewableSpecialist(String username) {
        Specialist specialist = readableSpecialist(username);
        if (!user.is(Roles.MANAGER) || !scope.manages(specialist.team())) {
            throw ProblemException.forbidden(Messages.get("audit.forbidden.sign-off", specialist.team().name()));
        }
        return specialist;
    }

    public List<Specialist> specialistsOf(Team team) {
        return specialists.inTeams(List.of(team.id()));
    }

    public String reader() {
        return user.name();
    }
}
