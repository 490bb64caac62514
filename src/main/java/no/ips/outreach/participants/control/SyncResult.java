package no.ips.outreach.participants.control;

import java.util.List;
import no.ips.outreach.participants.entity.SyncOutcome;
import no.ips.outreach.platform.problem.Problem;

/**
 * What became of one record from the host system: its row (counted from 1, the CSV header not counted), its reference,
 * the outcome, the participant's version after it, and for a refused row each field with the reason. Nothing else of
 * the participant: the integration reads back only what it wrote.
 */
public record SyncResult(int row, String externalRef, SyncOutcome outcome, Long version, List<Problem.FieldError> errors) {

    public static SyncResult refused(int row, String externalRef, List<Problem.FieldError> errors) {
        return new SyncResult(row, externalRef, SyncOutcome.REFUSED, null, List.copyOf(errors));
    }

    static SyncResult of(int row, String externalRef, SyncOutcome outcome, long version) {
        return new SyncResult(row, externalRef, outcome, version, null);
    }
}
