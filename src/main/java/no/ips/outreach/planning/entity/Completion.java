package no.ips.outreach.planning.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * What the specialist adds when a planned visit has happened; everything else comes from the plan. Left out, the
 * meeting lasted as planned, travel is not counted, the quality is the planned visit to learn the employer's needs,
 * the notes are the plan's, and nothing was disclosed about the participants. A visit is logged only once its planned
 * start has passed, at the planned time or at the actual time given, which is never in the future: a plan is not
 * evidence that a visit happened.
 */
public record Completion(Instant startedAt, Integer meetingMinutes, Integer travelMinutes, ContactQuality quality, String outcome,
                         String notes, String nextStep, LocalDate nextStepDue, Map<Long, Disclosure> disclosures) {

    public static final Completion AS_PLANNED = new Completion(null, null, null, null, null, null, null, null, Map.of());

    public Completion {
        disclosures = disclosures == null ? Map.of() : Map.copyOf(disclosures);
    }

    /** The visit as logged: in person, at the planned time, or at the actual time given. */
    public VisitDetails visitDetails(PlannedVisit planned, ZoneId zone, Instant now) {
        Set<Long> unplanned = disclosures.keySet().stream().filter(id -> !planned.participantIds().contains(id))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unplanned.isEmpty()) {
            throw ProblemException.invalid("participants", Messages.get("planning.complete.unplanned", unplanned.toString()));
        }
        Instant plannedStart = planned.day().atTime(planned.startsAt()).atZone(zone).toInstant();
        if (plannedStart.isAfter(now)) {
            throw ProblemException.conflict(Messages.get("planning.complete.not-started", planned.day(), planned.startsAt()));
        }
        if (startedAt != null && startedAt.isAfter(now)) {
            throw ProblemException.invalid("startedAt", Messages.get("planning.complete.future"));
        }
        Set<ParticipantLink> links = planned.participantIds().stream()
                .map(id -> new ParticipantLink(id, disclosures.getOrDefault(id, Disclosure.NONE)))
                .collect(Collectors.toSet());
        return new VisitDetails(planned.employerId(), null, startedAt == null ? plannedStart : startedAt,
                meetingMinutes == null ? planned.durationMinutes() : meetingMinutes,
                travelMinutes == null ? 0 : travelMinutes, VisitMode.IN_PERSON, planned.purpose(),
                quality == null ? ContactQuality.LEARNS_EMPLOYER_NEEDS : quality, outcome,
                notes == null ? planned.note() : notes, nextStep, nextStepDue, links);
    }
}
