package no.ips.outreach.visits.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.visits.entity.VisitChange;

/** One correction of a visit: who made it, when, and each field's old and new value. */
public record RevisionView(int revision, String changedBy, Instant changedAt, List<FieldChange> changes) {

    private static final String PARTICIPANTS = "participants";

    /** The revisions, naming only the participants in {@code visible}, as the visit itself does for this reader. */
    static List<RevisionView> of(List<VisitChange> changes, Set<Long> visible) {
        Map<Integer, RevisionView> revisions = new LinkedHashMap<>();
        for (VisitChange change : changes) {
            var revision = revisions.computeIfAbsent(change.revision(),
                    r -> new RevisionView(r, change.changedBy(), change.changedAt(), new ArrayList<>()));
            FieldChange shown = shown(change.change(), visible);
            if (!Objects.equals(shown.oldValue(), shown.newValue())) {
                revision.changes().add(shown);
            }
        }
        return List.copyOf(revisions.values());
    }

    /** Every participant a revision names, as "id:DISCLOSURE" in its participants field. */
    static Set<Long> participantsNamed(List<VisitChange> changes) {
        return changes.stream().map(VisitChange::change).filter(c -> PARTICIPANTS.equals(c.field()))
                .flatMap(c -> Stream.of(c.oldValue(), c.newValue()))
                .flatMap(RevisionView::links)
                .map(link -> Long.parseLong(link.substring(0, link.indexOf(':'))))
                .collect(Collectors.toSet());
    }

    private static FieldChange shown(FieldChange change, Set<Long> visible) {
        if (!PARTICIPANTS.equals(change.field())) {
            return change;
        }
        return new FieldChange(PARTICIPANTS, onlyVisible(change.oldValue(), visible), onlyVisible(change.newValue(), visible));
    }

    private static String onlyVisible(String links, Set<Long> visible) {
        String kept = links(links).filter(link -> visible.contains(Long.parseLong(link.substring(0, link.indexOf(':')))))
                .collect(Collectors.joining(","));
        return kept.isEmpty() ? null : kept;
    }

    private static Stream<String> links(String links) {
        return links == null || links.isBlank() ? Stream.empty() : Stream.of(links.split(","));
    }
}
