package no.ips.outreach.teams.control;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;

/** The teams and who manages them. Only administrators change them. */
@ApplicationScoped
@Transactional
public class TeamDirectory {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public List<Team> all() {
        return em.createQuery("SELECT t FROM Team t ORDER BY t.name", Team.class).getResultList();
    }

    public Team existing(long id) {
        Team team = em.find(Team.class, id);
        if (team == null) {
            throw ProblemException.notFound("team", id);
        }
        return team;
    }

    public Optional<Team> byCode(String code) {
        return em.createQuery("SELECT t FROM Team t WHERE t.code = :code", Team.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The teams this user manages; empty for anyone who is not a manager of a team. */
    public List<Team> managedBy(String username) {
        return em.createQuery("SELECT t FROM Team t JOIN t.managers m WHERE m = :username ORDER BY t.name", Team.class)
                .setParameter("username", username).getResultList();
    }

    public Team create(String code, String name, TeamKind kind, String municipalityCode, Integer weeklyVisitTarget) {
        byCode(code).ifPresent(existing -> {
            throw ProblemException.conflict(Messages.get("team.code.taken", code, existing.name(), String.valueOf(existing.id())));
        });
        Team team = new Team(code, name, kind, municipalityCode, clock.instant());
        team.aimFor(weeklyVisitTarget);
        em.persist(team);
        em.flush();
        return team;
    }

    public Team update(long id, long expectedVersion, String name, TeamKind kind, String municipalityCode,
                       Integer weeklyVisitTarget) {
        Team team = current(id, expectedVersion);
        team.rename(name, kind, municipalityCode);
        team.aimFor(weeklyVisitTarget);
        em.flush();
        return team;
    }

    public Team setManagers(long id, long expectedVersion, Set<String> usernames) {
        Team team = current(id, expectedVersion);
        team.setManagers(usernames);
        em.flush();
        return team;
    }

    private Team current(long id, long expectedVersion) {
        Team team = existing(id);
        ProblemException.requireVersion("team", team.version(), expectedVersion);
        return team;
    }
}
