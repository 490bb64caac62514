package no.ips.outreach.visits.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitChange;

/**
 * Turns visits into views with their employers' names and the participants the reader may see, one query each per
 * page rather than per visit.
 */
@ApplicationScoped
public class VisitViews {

    @Inject
    EmployerStore employers;

    @Inject
    Caseload caseload;

    VisitPage page(Page<Visit> visits) {
        var names = employers.names(visits.items().stream().map(v -> v.details().employerId()).distinct().toList());
        var aliases = caseload.visibleAliases(linkedParticipants(visits.items()));
        var views = visits.map(v -> VisitView.of(v, names.get(v.details().employerId()), aliases));
        return new VisitPage(views.items(), views.total(), views.offset(), views.limit(), views.nextOffset());
    }

    public VisitView one(Visit visit) {
        long employerId = visit.details().employerId();
        return VisitView.of(visit, employers.names(List.of(employerId)).get(employerId),
                caseload.visibleAliases(linkedParticipants(List.of(visit))));
    }

    /** A visit's revisions name no participant the reader could not see on the visit itself; those named are logged. */
    List<RevisionView> revisions(List<VisitChange> changes) {
        return RevisionView.of(changes, caseload.visibleAliases(RevisionView.participantsNamed(changes)).keySet());
    }

    private static Set<Long> linkedParticipants(List<Visit> visits) {
        return visits.stream().flatMap(v -> v.participants().stream()).map(ParticipantLink::participantId)
                .collect(Collectors.toSet());
    }
}
