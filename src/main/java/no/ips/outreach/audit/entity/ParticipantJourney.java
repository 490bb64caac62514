package no.ips.outreach.audit.entity;

import java.time.LocalDate;
import no.ips.outreach.participants.entity.ParticipantStatus;

/**
 * A participant's road to their first employer contact: enrolment and the day of the first face-to-face contact made
 * on their behalf, by whichever specialist made it.
 *
 * @param firstFaceToFace null while none has happened
 */
public record ParticipantJourney(long participantId, String alias, String specialist, LocalDate enrolledOn,
                                 ParticipantStatus status, LocalDate firstFaceToFace) {

    public boolean inCaseload() {
        return status != ParticipantStatus.CLOSED;
    }

    public boolean seekingWork() {
        return status == ParticipantStatus.JOB_SEARCH;
    }
}
