package no.ips.outreach.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One event on its way to one subscription. PENDING until the first try, FAILING between failed tries, DELIVERED
 * when the receiver answered 2xx, DEAD after the last allowed try (an administrator may redeliver it).
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status { PENDING, FAILING, DELIVERED, DEAD }

    private static final int ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "subscription_id", nullable = false, updatable = false)
    private long subscriptionId;

    @Column(name = "participant_ref", updatable = false)
    private String participantRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "tries", nullable = false)
    private int tries;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(OutboxEvent event, WebhookSubscription subscription) {
        this.eventId = event.id();
        this.subscriptionId = subscription.id();
        this.participantRef = event.participantRef();
        this.status = Status.PENDING;
        this.nextAttemptAt = event.occurredAt();
    }

    public void delivered(Instant at) {
        tries++;
        status = Status.DELIVERED;
        deliveredAt = at;
        lastError = null;
        release();
    }

    /** A failed try: again at {@code next}, or dead if this was the last try allowed. */
    public void failed(String error, Instant next, int maxTries) {
        tries++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), ERROR_LENGTH));
        status = tries >= maxTries ? Status.DEAD : Status.FAILING;
        nextAttemptAt = next;
        release();
    }

    /** An administrator asks for it again: a fresh round of tries, starting now. */
    public void redeliver(Instant now) {
        status = Status.PENDING;
        tries = 0;
        nextAttemptAt = now;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    public Long id() {
        return id;
    }

    public long eventId() {
        return eventId;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String participantRef() {
        return participantRef;
    }

    public Status status() {
        return status;
    }

    public int tries() {
        return tries;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String claimedBy() {
        return claimedBy;
    }

    public long version() {
        return version;
    }
}
