package no.ips.outreach.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.events.entity.WebhookDelivery;
import no.ips.outreach.events.entity.WebhookSubscription;

/**
 * The deliveries in the database, and the lease that lets one relay at a time send one: a conditional UPDATE that
 * only one transaction can win, on H2 and MariaDB alike, across any number of instances.
 */
@ApplicationScoped
@Transactional
public class Deliveries {

    private static final List<WebhookDelivery.Status> OPEN = List.of(WebhookDelivery.Status.PENDING,
            WebhookDelivery.Status.FAILING);

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    /** What one send needs, read in one go. */
    public record Work(WebhookDelivery delivery, OutboxEvent event, WebhookSubscription subscription) {
    }

    /**
     * Deliveries due now and not leased, oldest first, leaving out any with an earlier open delivery for the same
     * participant and subscription: that keeps the order per participant.
     */
    public List<Long> due(Instant now, int limit) {
        return em.createQuery("SELECT d.id FROM WebhookDelivery d WHERE d.status IN :open AND d.nextAttemptAt <= :now"
                        + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
                        + " AND NOT EXISTS (SELECT e.id FROM WebhookDelivery e WHERE e.subscriptionId = d.subscriptionId"
                        + " AND e.participantRef = d.participantRef AND e.id < d.id AND e.status IN :open)"
                        + " ORDER BY d.id", Long.class)
                .setParameter("open", OPEN).setParameter("now", now).setMaxResults(limit).getResultList();
    }

    /** Takes the lease on one delivery until {@code until}; false if another relay holds it or it is done. */
    public boolean claim(long id, String relay, Instant now, Instant until) {
        return em.createQuery("UPDATE WebhookDelivery d SET d.claimedBy = :relay, d.claimedUntil = :until,"
                        + " d.version = d.version + 1 WHERE d.id = :id AND d.status IN :open"
                        + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                .setParameter("relay", relay).setParameter("until", until).setParameter("id", id)
                .setParameter("open", OPEN).setParameter("now", now).executeUpdate() == 1;
    }

    public Optional<Work> work(long id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id);
        if (delivery == null) {
            return Optional.empty();
        }
        WebhookSubscription subscription = em.find(WebhookSubscription.class, delivery.subscriptionId());
        OutboxEvent event = em.find(OutboxEvent.class, delivery.eventId());
        return subscription == null ? Optional.empty() : Optional.of(new Work(delivery, event, subscription));
    }

    /** Records the outcome of a send, if this relay still holds the lease (else another relay took over). */
    public void delivered(long id, String relay, Instant at) {
        held(id, relay).ifPresent(d -> d.delivered(at));
    }

    public void failed(long id, String relay, String error, Instant next, int maxTries) {
        held(id, relay).ifPresent(d -> d.failed(error, next, maxTries));
    }

    private Optional<WebhookDelivery> held(long id, String relay) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        if (d != null) {
            // the claim was a bulk UPDATE, which the persistence context does not see
            em.refresh(d);
        }
        return d != null && relay.equals(d.claimedBy()) ? Optional.of(d) : Optional.empty();
    }

    public List<WebhookDelivery> latest(Long subscription, WebhookDelivery.Status status, int limit) {
        return em.createQuery("SELECT d FROM WebhookDelivery d WHERE (:sub IS NULL OR d.subscriptionId = :sub)"
                        + " AND (:status IS NULL OR d.status = :status) ORDER BY d.id DESC", WebhookDelivery.class)
                .setParameter("sub", subscription).setParameter("status", status).setMaxResults(limit).getResultList();
    }

    public Optional<WebhookDelivery> find(long id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    public Optional<OutboxEvent> event(long id) {
        return Optional.ofNullable(em.find(OutboxEvent.class, id));
    }

    public WebhookDelivery redeliver(long id, Instant now) {
        WebhookDelivery d = em.find(WebhookDelivery.class, id);
        if (d != null) {
            d.redeliver(now);
        }
        return d;
    }
}
