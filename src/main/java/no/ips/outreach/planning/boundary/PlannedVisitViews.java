package no.ips.outreach.planning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.visits.entity.ContactFacts;

/** One planned visit as the API shows it, with its employer, its state today and the colleagues planning the same. */
@ApplicationScoped
public class PlannedVisitViews {

    @Inject
    WeekPlans plans;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    Clock clock;

    @Inject
    AccessLog log;

    @Inject
    CurrentUser user;

    /** A week's plan names the participants of its visits: each view of it is in their access log. */
    public WeekPlanView week(WeekPlans.WeekPlan plan) {
        log.record(user.name(), plan.days().stream().flatMap(day -> day.items().stream())
                .flatMap(item -> item.visit().participantIds().stream()).collect(Collectors.toSet()), AccessAction.LIST);
        return WeekPlanView.of(plan);
    }

    /** Suggestions name the participants they are for: each view of them is in their access log. */
    public List<SuggestionView> suggestions(List<SuggestionView> suggested) {
        log.record(user.name(), suggested.stream().flatMap(s -> s.reasons().stream())
                .flatMap(reason -> reason.participantIds().stream()).collect(Collectors.toSet()), AccessAction.LIST);
        return suggested;
    }

    public PlannedVisitView one(PlannedVisit planned) {
        log.record(user.name(), planned.participantIds(), AccessAction.READ);
        Employer employer = plans.employers(Set.of(planned.employerId())).get(planned.employerId());
        var specialist = specialists.find(planned.specialist())
                .orElseThrow(() -> ProblemException.notFound("specialist", planned.specialist()));
        var colleagues = plans.colleagues(specialist, IsoWeek.of(planned.day()), List.of(planned.employerId()))
                .getOrDefault(planned.employerId(), List.of());
        return PlannedVisitView.of(planned, employer, planned.state(LocalDate.now(clock.withZone(ContactFacts.ZONE))), colleagues);
    }
}
