package no.ips.outreach.openings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.openings.control.OpeningMatch;
import no.ips.outreach.openings.control.OpeningStore;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.platform.control.Page;

/** Turns openings into views with their employers' names and occupation titles, one query each per page. */
@ApplicationScoped
class OpeningViews {

    @Inject
    EmployerStore employers;

    @Inject
    OpeningStore openings;

    @Inject
    Clock clock;

    OpeningPage page(Page<OpeningMatch> matches) {
        var items = matches.items().stream().map(OpeningMatch::opening).toList();
        var names = employers.names(items.stream().map(JobOpening::employerId).distinct().toList());
        var titles = openings.occupationTitles(items.stream().map(o -> o.details().occupationCode()).distinct().toList());
        var now = clock.instant();
        var views = matches.map(m -> OpeningView.of(m.opening(), names.get(m.opening().employerId()),
                titles.get(m.opening().details().occupationCode()), m.distanceKm(), now));
        return new OpeningPage(views.items(), views.total(), views.offset(), views.limit(), views.nextOffset());
    }

    OpeningView one(JobOpening opening) {
        String code = opening.details().occupationCode();
        return OpeningView.of(opening, employers.names(List.of(opening.employerId())).get(opening.employerId()),
                openings.occupationTitles(List.of(code)).get(code), null, clock.instant());
    }
}
