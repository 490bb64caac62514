package no.ips.outreach.events.boundary;

import java.time.Instant;
import no.ips.outreach.events.entity.OutboxEvent;
import no.ips.outreach.events.entity.WebhookDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event on its way to one subscription, for an administrator watching deliveries. */
public record DeliveryView(long id, long subscriptionId, String eventId, String eventType,
                           @Schema(nullable = true) String participantRef,
                           @Schema(description = "PENDING, FAILING, DELIVERED or DEAD") String status, int tries,
                           @Schema(nullable = true) String lastError,
                           @Schema(description = "when the next try is due; for DELIVERED and DEAD the last one") Instant nextAttemptAt,
                           @Schema(nullable = true) Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d, OutboxEvent e) {
        return new DeliveryView(d.id(), d.subscriptionId(), e.eventId(), e.type(), d.participantRef(), d.status().name(),
                d.tries(), d.lastError(), d.nextAttemptAt(), d.deliveredAt());
    }
}
