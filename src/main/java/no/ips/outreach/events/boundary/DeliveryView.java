package no.ips.outreach.events.boundary;

import java.time.Instant;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.events.entity.WebhookDelivery;

/**
 * One event on its way to one subscription, for an administrator watching deliveries. status is PENDING, FAILING,
 * DELIVERED or DEAD; nextAttemptAt is when the next try is due (for DELIVERED and DEAD, the last one); participantRef,
 * lastError and deliveredAt are left out when there are none.
 */
public record DeliveryView(long id, long subscriptionId, String eventId, String eventType,
                           String participantRef,
                           String status, int tries,
                           String lastError,
                           Instant nextAttemptAt,
                           Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d, OutboxEvent e) {
        return new DeliveryView(d.id(), d.subscriptionId(), e.eventId(), e.type(), d.participantRef(), d.status().name(),
                d.tries(), d.lastError(), d.nextAttemptAt(), d.deliveredAt());
    }
}
