package no.ips.outreach.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * The first answer to a POST with an Idempotency-Key, kept so that a retry gets the same answer. The request hash
 * covers method, path and body: the same key sent to another target is a different request.
 */
@Entity
@Table(name = "idempotent_request")
@IdClass(IdempotentRequest.Key.class)
public class IdempotentRequest {

    public static final int KEY_LENGTH = 100;

    @Id
    @Column(name = "principal", length = 100)
    private String principal;

    @Id
    @Column(name = "idem_key", length = KEY_LENGTH)
    private String key;

    @Column(name = "request_hash", length = 64, nullable = false)
    private String requestHash;

    @Column(name = "status", nullable = false)
    private int status;

    @Column(name = "location", length = 500)
    private String location;

    @Column(name = "body")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "version")
    private Long version;

    protected IdempotentRequest() {
    }

    public IdempotentRequest(String principal, String key, String requestHash, int status, String location, String body,
                             Long version, Instant createdAt) {
        this.version = version;
        this.principal = principal;
        this.key = key;
        this.requestHash = requestHash;
        this.status = status;
        this.location = location;
        this.body = body;
        this.createdAt = createdAt;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public int status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String body() {
        return body;
    }

    /** The created resource's version, for the replay's ETag; empty for answers kept before versions were. */
    public java.util.Optional<Long> version() {
        return java.util.Optional.ofNullable(version);
    }

    public record Key(String principal, String key) implements Serializable {
        public Key {
        }

        public Key() {
            this(null, null);
        }
    }
}
