package no.ips.outreach.participants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the participant access log: who did what with which participant record, when. Never changed; written
 * by {@code AccessLog} with a plain INSERT, read back through this entity.
 */
@Entity
@Table(name = "participant_access")
public class AccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(name = "username", nullable = false)
    private String username;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private AccessAction action;

    protected AccessRecord() {
    }


    public Instant accessedAt() {
        return accessedAt;
    }

    public String username() {
        return username;
    }

    public long participantId() {
        return participantId;
    }

    public AccessAction action() {
        return action;
    }
}
