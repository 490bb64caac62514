package no.ips.outreach.teams.control;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.SpecialistJoinedTeam;
import no.ips.outreach.teams.entity.Team;

/** The specialists: registered by an administrator, or enrolled from their token the first time they call. */
@ApplicationScoped
@Transactional
public class SpecialistDirectory {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    TeamDirectory teams;

    @Inject
    Event<SpecialistJoinedTeam> joined;

    @Inject
    Clock clock;

    public Optional<Specialist> find(String username) {
        return em.createQuery("SELECT s FROM Specialist s WHERE s.username = :username", Specialist.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    public Specialist existing(String username) {
        return find(username).orElseThrow(() -> ProblemException.notFound("specialist", username));
    }

    public List<Specialist> inTeams(Collection<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM Specialist s WHERE s.team.id IN :teams ORDER BY s.displayName", Specialist.class)
                .setParameter("teams", teamIds).getResultList();
    }

    public List<Specialist> all() {
        return em.createQuery("SELECT s FROM Specialist s ORDER BY s.displayName", Specialist.class).getResultList();
    }

    /**
     * The caller's record, created on first use from the token's name and team claims. Without a team claim that
     * names a known team there is nothing to create: an administrator must register the specialist.
     */
    public Optional<Specialist> enrol(String username, String displayName, String teamCode) {
        Optional<Specialist> known = find(username);
        if (known.isPresent() || teamCode == null) {
            return known;
        }
        return teams.byCode(teamCode).map(team -> {
            Specialist specialist = new Specialist(username, displayName, team, clock.instant());
            em.persist(specialist);
            em.flush();
            joined.fire(new SpecialistJoinedTeam(username, null, team.id()));
            return specialist;
        });
    }

    public Specialist register(String username, String displayName, long teamId, BigDecimal weeklyHours, Address office) {
        find(username).ifPresent(existing -> {
            throw ProblemException.conflict(Messages.get("specialist.registered", username, existing.team().name()));
        });
        Team team = teams.existing(teamId);
        Specialist specialist = new Specialist(username, displayName, team, clock.instant());
        specialist.describe(displayName, team, weeklyHours, office, clock.instant());
        em.persist(specialist);
        em.flush();
        joined.fire(new SpecialistJoinedTeam(username, null, team.id()));
        return specialist;
    }

    public Specialist update(String username, long expectedVersion, String displayName, long teamId,
                             BigDecimal weeklyHours, Address office) {
        Specialist specialist = existing(username);
        ProblemException.requireVersion("specialist", specialist.version(), expectedVersion);
        long fromTeamId = specialist.team().id();
        specialist.describe(displayName, teams.existing(teamId), weeklyHours, office, clock.instant());
        em.flush();
        if (fromTeamId != teamId) {
            joined.fire(new SpecialistJoinedTeam(username, fromTeamId, teamId));
        }
        return specialist;
    }
}
