package no.ips.outreach.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.util.List;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.VisitDetails;

/**
 * Judges whether a contact served the stated preferences of a participant it was on behalf of: the employer is in an
 * industry the participant wants, or has an opening in the same ISCO-08 minor group as an occupation they prefer.
 * The same rule filled in the visits logged before it existed (migration V10).
 */
@ApplicationScoped
public class PreferenceFit {

    /** Positional parameters: the employer twice, then the participants in place of {@code :participants}. */
    private static final String SERVES = "SELECT COUNT(*) FROM participant p WHERE ("
            + "EXISTS (SELECT 1 FROM participant_industry pi JOIN employer e ON e.id = ? "
            + "WHERE pi.participant_id = p.id AND pi.wanted = TRUE AND e.nace_code LIKE CONCAT(pi.nace_prefix, '%')) "
            + "OR EXISTS (SELECT 1 FROM participant_occupation po JOIN job_opening o ON o.employer_id = ? "
            + "AND SUBSTRING(o.isco_code, 1, 3) = SUBSTRING(po.isco_code, 1, 3) WHERE po.participant_id = p.id)) "
            + "AND p.id IN (:participants)";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public boolean servesPreferences(VisitDetails contact) {
        if (contact.participants().isEmpty()) {
            return false;
        }
        List<Long> participantIds = contact.participants().stream().map(ParticipantLink::participantId).toList();
        var query = em.createNativeQuery(SERVES.replace(":participants",
                String.join(", ", Collections.nCopies(participantIds.size(), "?"))));
        query.setParameter(1, contact.employerId());
        query.setParameter(2, contact.employerId());
        for (int i = 0; i < participantIds.size(); i++) {
            query.setParameter(3 + i, participantIds.get(i));
        }
        Number served = (Number) query.getSingleResult();
        return served.longValue() > 0;
    }
}
