package no.ips.outreach.participants.boundary;

import java.time.Instant;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.AccessRecord;

/** One line of the participant access log. */
public record AccessRecordView(Instant at, String username, long participantId, AccessAction action) {

    static AccessRecordView of(AccessRecord record) {
        return new AccessRecordView(record.accessedAt(), record.username(), record.participantId(), record.action());
    }
}
