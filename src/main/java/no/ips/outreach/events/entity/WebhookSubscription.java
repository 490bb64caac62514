package no.ips.outreach.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A receiver that an administrator registered: where to send, which event types, and the secret that signs them. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "url", nullable = false)
    private String url;

    /** Comma-separated CloudEvents types; few and short, so one column rather than a table. */
    @Column(name = "event_types", nullable = false)
    private String eventTypes;

    @Column(name = "secret", nullable = false)
    private String secret;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String url, Set<EventType> types, String secret, String createdBy, Instant createdAt) {
        change(url, types, secret);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public final void change(String url, Set<EventType> types, String secret) {
        this.url = url;
        this.eventTypes = types.stream().map(EventType::type).sorted().collect(Collectors.joining(","));
        this.secret = secret;
    }

    public boolean wants(EventType type) {
        return types().contains(type.type());
    }

    public List<String> types() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public Long id() {
        return id;
    }

    public String url() {
        return url;
    }

    public String secret() {
        return secret;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
