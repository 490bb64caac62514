package no.ips.outreach.participants.boundary;

import java.util.List;
import no.ips.outreach.participants.control.SyncResult;
import no.ips.outreach.participants.entity.SyncOutcome;

/** A bulk sync's answer: the counts, and every row's outcome in the order sent. */
public record SyncReport(int rows, int created, int updated, int unchanged, int refused, List<SyncResult> results) {

    static SyncReport of(List<SyncResult> results) {
        return new SyncReport(results.size(), count(results, SyncOutcome.CREATED), count(results, SyncOutcome.UPDATED),
                count(results, SyncOutcome.UNCHANGED), count(results, SyncOutcome.REFUSED), results);
    }

    private static int count(List<SyncResult> results, SyncOutcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
