package no.ips.outreach.supervision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;

/**
 * Who sees which lines of the desk: the team's managers and administrators the whole team, a specialist of the team
 * only their own line. Anyone else gets a 404, as if the team did not exist.
 */
@ApplicationScoped
public class SupervisionAccess {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    TeamDirectory teams;

    @Inject
    SpecialistDirectory specialists;

    public Team team(long id) {
        Team team = teams.existing(id);
        if (seesWholeTeam(team) || ownTeam(team)) {
            return team;
        }
        throw ProblemException.notFound("team", id);
    }

    public boolean seesWholeTeam(Team team) {
        return scope.seesAllTeams() || scope.manages(team);
    }

    public List<Specialist> visibleSpecialists(Team team) {
        if (seesWholeTeam(team)) {
            return specialists.inTeams(List.of(team.id()));
        }
        return scope.specialist().filter(s -> s.team().id().equals(team.id())).map(List::of).orElseGet(List::of);
    }

    /** Only a manager of the team signs off its specialists' weeks, and only its own specialists'. */
    public Specialist reviewable(Team team, String field, String username) {
        if (!user.is(Roles.MANAGER) || !scope.manages(team)) {
            throw ProblemException.forbidden(Messages.get("audit.forbidden.sign-off", team.name()));
        }
        return specialists.find(username).filter(s -> s.team().id().equals(team.id()))
                .orElseThrow(() -> ProblemException.invalid(field,
                        Messages.get("supervision.not-a-specialist-of", username, team.name())));
    }

    public String reader() {
        return user.name();
    }

    private boolean ownTeam(Team team) {
        return scope.specialist().map(s -> s.team().id().equals(team.id())).orElse(false);
    }
}
