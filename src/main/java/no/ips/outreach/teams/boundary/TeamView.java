package no.ips.outreach.teams.boundary;

import java.util.Set;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;

/** A team as the API shows it. */
public record TeamView(long id, String code, String name, TeamKind kind, String municipalityCode, Set<String> managers,
                       Integer weeklyVisitTarget, long version) {

    static TeamView of(Team team) {
        return new TeamView(team.id(), team.code(), team.name(), team.kind(), team.municipalityCode(), team.managers(),
                team.weeklyVisitTarget().orElse(null), team.version());
    }
}
