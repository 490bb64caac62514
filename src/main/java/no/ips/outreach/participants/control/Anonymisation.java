package no.ips.outreach.participants.control;

import jakarta.inject.Inject;
import no.ips.outreach.events.control.DomainEvents;
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

    @Inject
    DomainEvents events;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public void apply(Participant participant, Instant now) {
        String formerRef = participant.profile().externalRef();
        participant.anonymise(now);
        events.anonymised(participant.id(), formerRef);
        em.createQuery("UPDATE PreferenceChange c SET c.oldValue = NULL, c.newValue = NULL "
                        + "WHERE c.participantId = :id AND c.field IN :fields")
                .setParameter("id", participant.id()).setParameter("fields", PreferenceChange.IDENTIFYING_FIELDS)
                .executeUpdate();
    }
}
