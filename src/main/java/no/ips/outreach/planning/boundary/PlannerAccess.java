package no.ips.outreach.planning.boundary;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.teams.entity.Specialist;

/**
 * Whose week a caller may plan and read: their own, or as a manager any specialist's in the teams they manage. A
 * colleague's week is refused (403); a specialist in a team the caller cannot see does not exist for them (404).
 * Suggestions name participants, so administrators plan only where they also manage the team.
 */
@ApplicationScoped
public class PlannerAccess {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    SpecialistDirectory specialists;

    public Specialist plannable(String username) {
        Specialist specialist = specialists.find(username).orElseThrow(() -> ProblemException.notFound("specialist", username));
        if (specialist.username().equals(user.name()) && user.is(Roles.SPECIALIST)
                || user.is(Roles.MANAGER) && scope.manages(specialist.team())) {
            return specialist;
        }
        if (scope.visibleTeamIds().contains(specialist.team().id())) {
            throw ProblemException.forbidden(Messages.get("planner.forbidden", specialist.displayName(), specialist.team().name()));
        }
        if (user.is(Roles.ADMIN)) {
            throw ProblemException.forbidden(Messages.get("planner.admin"));
        }
        throw ProblemException.notFound("specialist", username);
    }

    public String caller() {
        return user.name();
    }
}
