package no.ips.outreach.visits.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.visits.control.VisitScope;

/** The caller's view of the visit log: their own team's and managed teams' visits; administrators see all. */
@RequestScoped
class VisitAccess {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope teams;

    VisitScope scope() {
        return teams.seesAllTeams() ? null : new VisitScope(user.name(), teams.visibleTeamIds());
    }
}
