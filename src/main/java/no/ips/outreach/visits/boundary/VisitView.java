package no.ips.outreach.visits.boundary;

import java.time.Instant;
import java.time.LocalDate;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;

/** A logged visit. {@code faceToFace} says whether it counts as a face-to-face employer contact. */
public record VisitView(
        long id,
        long version,
        long employerId,
        String employerName,
        Long contactPersonId,
        String specialist,
        Instant startedAt,
        int meetingMinutes,
        int travelMinutes,
        VisitMode mode,
        boolean faceToFace,
        VisitPurpose purpose,
        ContactQuality quality,
        int qualityLevel,
        String outcome,
        String notes,
        String nextStep,
        LocalDate nextStepDue,
        Instant loggedAt) {

    static VisitView of(Visit visit, String employerName) {
        VisitDetails d = visit.details();
        return new VisitView(visit.id(), visit.version(), d.employerId(), employerName, d.contactPersonId(),
                visit.specialist(), d.startedAt(), d.meetingMinutes(), d.travelMinutes(), d.mode(), visit.isFaceToFace(),
                d.purpose(), d.quality(), d.quality().level(), d.outcome(), d.notes(), d.nextStep(), d.nextStepDue(),
                visit.createdAt());
    }
}
