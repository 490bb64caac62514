package no.ips.outreach.planning.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.visits.entity.ContactFacts;

/** One planned visit as the API shows it, with its employer, its state today and the colleagues planning the same. */
@RequestScoped
public class PlannedVisitViews {

    @Inject
    WeekPlans plans;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    Clock clock;

    public PlannedVisitView one(PlannedVisit planned) {
        Employer employer = plans.employers(Set.of(planned.employerId())).get(planned.employerId());
        var specialist = specialists.find(planned.specialist())
                .orElseThrow(() -> ProblemException.notFound("specialist", planned.specialist()));
        var colleagues = plans.colleagues(specialist, IsoWeek.of(planned.day()), List.of(planned.employerId()))
                .getOrDefault(planned.employerId(), List.of());
        return PlannedVisitView.of(planned, employer, planned.state(LocalDate.now(clock.withZone(ContactFacts.ZONE))), colleagues);
    }
}
