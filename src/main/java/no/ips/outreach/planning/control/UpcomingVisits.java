package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.planning.entity.PlanStatus;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;

/** The visits still planned at an employer from today on, by the specialists of the given teams (or of all). */
@ApplicationScoped
@Transactional
public class UpcomingVisits {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public record Upcoming(PlannedVisit visit, Specialist specialist) {
    }

    public List<Upcoming> at(long employerId, Set<Long> teamIds, boolean allTeams) {
        LocalDate today = LocalDate.now(clock.withZone(ContactFacts.ZONE));
        var query = em.createQuery("SELECT p, s FROM PlannedVisit p, Specialist s WHERE s.username = p.specialist "
                        + "AND p.employerId = :employer AND p.status = :planned AND p.plannedOn >= :today"
                        + (allTeams ? "" : " AND s.team.id IN :teams") + " ORDER BY p.plannedOn, p.startsAt, p.id", Object[].class)
                .setParameter("employer", employerId).setParameter("planned", PlanStatus.PLANNED).setParameter("today", today);
        if (!allTeams) {
            query.setParameter("teams", teamIds.isEmpty() ? Set.of(-1L) : teamIds);
        }
        return query.getResultList().stream().map(row -> new Upcoming((PlannedVisit) row[0], (Specialist) row[1])).toList();
    }
}
