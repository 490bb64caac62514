package no.ips.outreach.audit.control;

import jakarta.inject.Inject;
import no.ips.outreach.events.control.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * Keeps each participant's first face-to-face employer contact (participant.first_face_to_face_on, a date in
 * Europe/Oslo) as visits are logged and corrected, inside the same transaction. A new visit can only bring the first
 * contact forward, which a conditional update keeps right when two visits are logged at once; a correction may move
 * or remove a contact, so the first contact of each participant it touched is worked out again from their visits.
 */
@ApplicationScoped
public class FirstContacts {

    @Inject
    DomainEvents events;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    void onVisit(@Observes VisitRecorded recorded) {
        Visit visit = em.find(Visit.class, recorded.visitId());
        Set<Long> participants = new HashSet<>(recorded.formerParticipants());
        visit.participants().stream().map(ParticipantLink::participantId).forEach(participants::add);
        for (long participant : participants) {
            if (recorded.before() != null) {
                set(participant, firstFromVisits(participant));
            } else if (recorded.after().faceToFace()) {
                // the participant's very first: only one of two visits logged at once can set it from none
                if (em.createNativeQuery("UPDATE participant SET first_face_to_face_on = ? WHERE id = ? "
                                + "AND first_face_to_face_on IS NULL")
                        .setParameter(1, recorded.after().day()).setParameter(2, participant).executeUpdate() == 1) {
                    events.firstEmployerContact(participant, recorded.after().day());
                    continue;
                }
                em.createNativeQuery("UPDATE participant SET first_face_to_face_on = ? WHERE id = ? "
                                + "AND (first_face_to_face_on IS NULL OR first_face_to_face_on > ?)")
                        .setParameter(1, recorded.after().day()).setParameter(2, participant)
                        .setParameter(3, recorded.after().day()).executeUpdate();
            }
        }
    }

    private LocalDate firstFromVisits(long participant) {
        Object first = em.createNativeQuery("SELECT MIN(v.started_at) FROM visit_participant vp "
                        + "JOIN visit v ON v.id = vp.visit_id WHERE vp.participant_id = ? AND v.mode = 'IN_PERSON' "
                        + "AND v.voided_at IS NULL")
                .setParameter(1, participant).getSingleResult();
        return first == null ? null : LocalDate.ofInstant(Sql.instant(first), ContactFacts.ZONE);
    }

    private void set(long participant, LocalDate first) {
        em.createNativeQuery("UPDATE participant SET first_face_to_face_on = ? WHERE id = ?")
                .setParameter(1, first).setParameter(2, participant).executeUpdate();
    }
}
