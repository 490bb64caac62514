package no.ips.outreach.retention.boundary;

import java.time.Instant;
import no.ips.outreach.retention.entity.RetentionRun;

/** One retention run as an administrator or a data-protection officer reads it. */
public record RetentionRunView(long id, Instant startedAt, Instant finishedAt, String startedBy,
                               Instant participantsCutoff, int participantsAnonymised,
                               Instant accessLogCutoff, long accessRowsDeleted, Instant eventsCutoff,
                               long eventsDeleted) {

    static RetentionRunView of(RetentionRun run) {
        return new RetentionRunView(run.id(), run.startedAt(), run.finishedAt(), run.startedBy(),
                run.participantsCutoff(), run.participantsAnonymised(), run.accessLogCutoff(), run.accessRowsDeleted(),
                run.eventsCutoff(), run.eventsDeleted());
    }
}
