package no.ips.outreach.events.boundary;

import java.time.Instant;
import java.util.List;
import no.ips.outreach.events.entity.WebhookSubscription;

/**
 * A subscription. The secret is shown only in the answer to its creation (and a change that sets one), so that it
 * does not sit in every listing.
 */
public record SubscriptionView(long id, String url, List<String> eventTypes, String createdBy, Instant createdAt,
                               String secret) {

    static SubscriptionView of(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.url(), s.types(), s.createdBy(), s.createdAt(), null);
    }

    static SubscriptionView withSecret(WebhookSubscription s) {
        return new SubscriptionView(s.id(), s.url(), s.types(), s.createdBy(), s.createdAt(), s.secret());
    }
}
