package no.ips.outreach.teams.control;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;

/**
 * The caller's place among the teams, worked out once per request: their own specialist record (enrolled from the
 * token on first use), the teams they manage, and so which teams' records they may see.
 */
@RequestScoped
public class TeamScope {

    @Inject
    CurrentUser user;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    TeamDirectory teams;

    private Optional<Specialist> specialist;
    private Set<Long> managedTeamIds;

    /** The caller as a specialist, if they are one and their record exists or can be made from the token. */
    public Optional<Specialist> specialist() {
        if (specialist == null) {
            specialist = user.is(Roles.SPECIALIST)
                    ? specialists.enrol(user.name(), user.displayName().orElse(user.name()), user.team().orElse(null))
                    : specialists.find(user.name());
        }
        return specialist;
    }

    public Set<Long> managedTeamIds() {
        if (managedTeamIds == null) {
            managedTeamIds = new HashSet<>();
            if (user.is(Roles.MANAGER)) {
                teams.managedBy(user.name()).stream().map(Team::id).forEach(managedTeamIds::add);
            }
        }
        return managedTeamIds;
    }

    public boolean seesAllTeams() {
        return user.is(Roles.ADMIN);
    }

    /** The caller's own team and the teams they manage. */
    public Set<Long> visibleTeamIds() {
        Set<Long> visible = new HashSet<>(managedTeamIds());
        specialist().ifPresent(own -> visible.add(own.team().id()));
        return visible;
    }

    public boolean sees(Specialist other) {
        return seesAllTeams() || visibleTeamIds().contains(other.team().id());
    }

    public boolean manages(Team team) {
        return managedTeamIds().contains(team.id());
    }
}
