package no.ips.outreach.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One domain event in the outbox, written in the transaction of the change that caused it, so that it commits and
 * rolls back with the change. Never changed.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The CloudEvents id, and the Standard Webhooks webhook-id: the same on every retry, for receivers to dedupe. */
    @Column(name = "event_id", nullable = false, updatable = false)
    private String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    private String eventType;

    @Column(name = "subject", updatable = false)
    private String subject;

    /** The participant's externalRef, if the event is about one: deliveries for one participant go in order. */
    @Column(name = "participant_ref", updatable = false)
    private String participantRef;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "data", nullable = false, updatable = false)
    private String data;

    protected OutboxEvent() {
    }

    public OutboxEvent(EventType type, String subject, String participantRef, Instant occurredAt, String data) {
        this.eventId = UUID.randomUUID().toString();
        this.eventType = type.type();
        this.subject = subject;
        this.participantRef = participantRef;
        this.occurredAt = occurredAt;
        this.data = data;
    }

    public Long id() {
        return id;
    }

    public String eventId() {
        return eventId;
    }

    public String type() {
        return eventType;
    }

    public String subject() {
        return subject;
    }

    public String participantRef() {
        return participantRef;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String data() {
        return data;
    }
}
