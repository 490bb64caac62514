package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.planning.control.VisitPlanner;
import no.ips.outreach.planning.entity.PlannedVisitDetails;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * The planner side of the demo: kari has planned three visits in the coming working days, and ola plans one of the
 * same employers that week, so the week shows its route, its shortfall against the target and a colleague to merge
 * with. The rest of the week is left to the suggestions.
 */
@ApplicationScoped
@Transactional
public class DemoPlans {

    private static final Logger LOG = Logger.getLogger(DemoPlans.class.getName());

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    VisitPlanner planner;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 90) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(p) FROM PlannedVisit p", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Employer> employers = em.createQuery("SELECT e FROM Employer e WHERE e.doNotContact = FALSE "
                + "AND e.archivedAt IS NULL AND e.address.latitude IS NOT NULL ORDER BY e.id", Employer.class)
                .setMaxResults(3).getResultList();
        LocalDate day = nextWorkingDay(LocalDate.now(clock.withZone(ContactFacts.ZONE)));
        LocalTime[] times = {LocalTime.of(9, 0), LocalTime.of(11, 0), LocalTime.of(13, 30)};
        for (int i = 0; i < employers.size(); i++) {
            plan("kari", employers.get(i), day, times[i]);
        }
        if (!employers.isEmpty()) {
            plan("ola", employers.get(0), nextWorkingDay(day), LocalTime.of(10, 0));
        }
        LOG.info("Demo plans: kari plans " + employers.size() + " visits on " + day + "; ola plans one of the same employers");
    }

    private void plan(String specialist, Employer employer, LocalDate day, LocalTime at) {
        planner.plan(specialists.existing(specialist), new PlannedVisitDetails(employer.id(), day, at, 45,
                VisitPurpose.GENERAL_JOB_DEVELOPMENT, null, "Learn what they need this season", Set.of()), specialist);
    }

    private static LocalDate nextWorkingDay(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}
