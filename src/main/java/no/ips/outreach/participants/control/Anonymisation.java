package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.PreferenceChange;

/**
 * Wipes what could identify a participant, including in the preference history, in the caller's transaction: the
 * same wipe whether a person asked for it or the retention period ended. The counts stay.
 */
@ApplicationScoped
public class Anonymisation {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public void apply(Participant participant, Instant now) {
        participant.anonymise(now);
        em.createQuery("UPDATE PreferenceChange c SET c.oldValue = NULL, c.newValue = NULL "
                        + "WHERE c.participantId = :id AND c.field IN :fields")
                .setParameter("id", participant.id()).setParameter("fields", PreferenceChange.IDENTIFYING_FIELDS)
                .executeUpdate();
    }
}
