package no.ips.outreach.visits.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * A logged visit. {@code faceToFace} says whether it counts as a face-to-face employer contact (a void visit counts
 * as nothing); {@code voided} says who voided it, when and why, and is absent while it stands; {@code participants}
 * lists only the participants the reader may see.
 */
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
        Instant loggedAt,
        Voided voided,
        List<LinkedParticipantView> participants) {

    /** A visit taken back: it stays in the log, but counts in no figure. */
    public record Voided(Instant at, String by, String reason) {
    }

    /** The view with only those participant links whose participants the reader may see. */
    static VisitView of(Visit visit, String employerName, Map<Long, String> visibleAliases) {
        VisitDetails d = visit.details();
        return new VisitView(visit.id(), visit.version(), d.employerId(), employerName, d.contactPersonId(),
                visit.specialist(), d.startedAt(), d.meetingMinutes(), d.travelMinutes(), d.mode(),
                visit.isFaceToFace() && !visit.isVoid(),
                d.purpose(), d.quality(), d.quality().level(), d.outcome(), d.notes(), d.nextStep(), d.nextStepDue(),
                visit.createdAt(), visit.voiding().map(v -> new Voided(v.at(), v.by(), v.reason())).orElse(null),
                visit.participants().stream()
                        .filter(link -> visibleAliases.containsKey(link.participantId()))
                        .sorted(Comparator.comparingLong(ParticipantLink::participantId))
                        .map(link -> new LinkedParticipantView(link.participantId(),
                                visibleAliases.get(link.participantId()), link.disclosure()))
                        .toList());
    }
}
