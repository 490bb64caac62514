package no.ips.outreach.visits.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.visits.entity.VisitChange;

/** One correction of a visit: who made it, when, and each field's old and new value. */
public record RevisionView(int revision, String changedBy, Instant changedAt, List<FieldChange> changes) {

    static List<RevisionView> of(List<VisitChange> changes) {
        Map<Integer, RevisionView> revisions = new LinkedHashMap<>();
        for (VisitChange change : changes) {
            revisions.computeIfAbsent(change.revision(),
                    r -> new RevisionView(r, change.changedBy(), change.changedAt(), new ArrayList<>()))
                    .changes().add(change.change());
        }
        return List.copyOf(revisions.values());
    }
}
