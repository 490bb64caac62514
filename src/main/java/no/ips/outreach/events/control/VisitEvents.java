package no.ips.outreach.events.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.Set;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * Visit logged, corrected or voided, from the {@link VisitRecorded} event that the visit log already fires inside its
 * transaction (the audit ledger keeps itself the same way). One outbox event per participant the visit was or is for,
 * so that each participant's events go in order; one without a participant when it was for none. Observed before the
 * audit's observers (priority), so that a visit's event comes before the first-contact event it may cause.
 */
@ApplicationScoped
public class VisitEvents {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    ParticipantRefs refs;

    void onVisit(@Observes @Priority(Interceptor.Priority.APPLICATION) VisitRecorded recorded) {
        Visit visit = em.find(Visit.class, recorded.visitId());
        EventType type = recorded.isVoid() ? EventType.VISIT_VOIDED
                : recorded.before() == null ? EventType.VISIT_LOGGED : EventType.VISIT_CORRECTED;
        Set<Long> participants = new TreeSet<>(recorded.formerParticipants());
        visit.participants().stream().map(ParticipantLink::participantId).forEach(participants::add);
        ContactFacts facts = recorded.isVoid() ? recorded.before() : recorded.after();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("visitId", recorded.visitId());
        data.put("revision", recorded.revision());
        data.put("employerId", visit.details().employerId());
        data.put("day", facts.day().toString());
        data.put("mode", facts.mode().name());
        data.put("faceToFace", facts.faceToFace());
        data.put("voided", recorded.isVoid());
        String subject = "visits/" + recorded.visitId();
        if (participants.isEmpty()) {
            outbox.record(type, subject, null, data);
        }
        for (long participant : participants) {
            outbox.record(type, subject, refs.of(participant), ParticipantRefs.with(data, refs.of(participant)));
        }
    }
}
