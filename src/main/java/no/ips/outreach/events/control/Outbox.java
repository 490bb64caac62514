package no.ips.outreach.events.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.events.entity.WebhookDelivery;
import no.ips.outreach.events.entity.WebhookSubscription;

/**
 * Writes a domain event, and one delivery for every subscription that wants it, in the caller's transaction
 * (MANDATORY: an event without its change, or a change without its event, cannot commit). The control classes call
 * it through {@link DomainEvents}, one line where the change happens, rather than through new CDI events: visible in
 * the code, and a missing transaction fails loudly instead of an observer quietly running in none. Visits are the
 * exception: the visit log already fires {@code VisitRecorded} inside its transaction, so {@link VisitEvents}
 * observes that.
 * <p>
 * The data names participants by externalRef only, never by alias, and carries no free-text notes. An event about a
 * participant with no externalRef (never given, or anonymised) is written without a participant: the host system
 * could not place it anyway, and the event still counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Outbox {

    /** Jackson, which the CloudEvents SDK writes with too: the data holds only texts, numbers, booleans and nulls. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public OutboxEvent record(EventType type, String subject, String participantRef, Map<String, ?> data) {
        String ref = participantRef == null || participantRef.isBlank() ? null : participantRef;
        OutboxEvent event = new OutboxEvent(type, subject, ref, clock.instant(), json(data));
        em.persist(event);
        em.flush();
        for (WebhookSubscription subscription : em.createQuery("SELECT s FROM WebhookSubscription s ORDER BY s.id",
                WebhookSubscription.class).getResultList()) {
            if (subscription.wants(type)) {
                em.persist(new WebhookDelivery(event, subscription));
            }
        }
        return event;
    }

    static String json(Map<String, ?> data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data must be plain values", e);
        }
    }
}
