package no.ips.outreach.visits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.visits.entity.Visit;

/** Turns visits into views with their employers' names, one query per page rather than one per visit. */
@ApplicationScoped
class VisitViews {

    @Inject
    EmployerStore employers;

    VisitPage page(Page<Visit> visits) {
        var names = employers.names(visits.items().stream().map(v -> v.details().employerId()).distinct().toList());
        var views = visits.map(v -> VisitView.of(v, names.get(v.details().employerId())));
        return new VisitPage(views.items(), views.total(), views.offset(), views.limit(), views.nextOffset());
    }

    VisitView one(Visit visit) {
        long employerId = visit.details().employerId();
        return VisitView.of(visit, employers.names(java.util.List.of(employerId)).get(employerId));
    }
}
