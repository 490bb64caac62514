package no.ips.outreach.planning.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * What the specialist adds when a planned visit has happened; everything else comes from the plan. Left out, the
 * meeting lasted as planned, travel is not counted, the quality is the planned visit to learn the employer's needs,
 * the notes are the plan's, and nothing was disclosed about the participants.
 */
public record Completion(Integer meetingMinutes, Integer travelMinutes, ContactQuality quality, String outcome,
                         String notes, String nextStep, LocalDate nextStepDue, Map<Long, Disclosure> disclosures) {

    public static final Completion AS_PLANNED = new Completion(null, null, null, null, null, null, null, Map.of());

    public Completion {
        disclosures = disclosures == null ? Map.of() : Map.copyOf(disclosures);
    }

    /** The visit as logged: in person, at the planned time (or now, when it happened early). */
    public VisitDetails visitDetails(PlannedVisit planned, ZoneId zone, Instant now) {
        Set<Long> unplanned = disclosures.keySet().stream().filter(id -> !planned.participantIds().contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unplanned.isEmpty()) {
            throw ProblemException.invalid("participants", "participant(s) " + unplanned + " were not planned for this "
                    + "visit; change the plan first, or log a separate visit");
        }
        Instant plannedStart = planned.day().atTime(planned.startsAt()).atZone(zone).toInstant();
        Set<ParticipantLink> links = planned.participantIds().stream()
                .map(id -> new ParticipantLink(id, disclosures.getOrDefault(id, Disclosure.NONE)))
                .collect(Collectors.toSet());
        return new VisitDetails(planned.employerId(), null, plannedStart.isAfter(now) ? now : plannedStart,
                meetingMinutes == null ? planned.durationMinutes() : meetingMinutes,
                travelMinutes == null ? 0 : travelMinutes, VisitMode.IN_PERSON, planned.purpose(),
                quality == null ? ContactQuality.LEARNS_EMPLOYER_NEEDS : quality, outcome,
                notes == null ? planned.note() : notes, nextStep, nextStepDue, links);
    }
}
