package no.ips.outreach.visits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.visits.control.VisitScope;

/** The caller's view of the visit log: their own team's and managed teams' visits; administrators see all. */
@ApplicationScoped
class VisitAccess {

    @Inject
    CurrentUser user;

    @Inject
    TeamScope teams;

    @Inject
    SpecialistDirectory specialists;

    VisitScope scope() {
        return teams.seesAllTeams() ? null : new VisitScope(user.name(), teams.visibleTeamIds());
    }

    /** Whether the caller manages the team of the specialist who logged a visit (not enough to be an administrator). */
    boolean managesTeamOf(String specialist) {
        return specialists.find(specialist).map(s -> teams.manages(s.team())).orElse(false);
    }
}
