package no.ips.outreach.matching.decisions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a match: the stage it reached, when, who recorded it and, if given, why. Never changed. */
@Entity
@Table(name = "match_step")
public class MatchStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "decision_id", nullable = false, updatable = false)
    private MatchDecision decision;

    @Column(name = "step_no", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = MatchStage.LENGTH, nullable = false, updatable = false)
    private MatchStage stage;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "actor", length = 100, nullable = false, updatable = false)
    private String actor;

    @Column(name = "reason", length = MatchDecision.REASON_LENGTH, updatable = false)
    private String reason;

    protected MatchStep() {
    }

    MatchStep(MatchDecision decision, int number, MatchStage stage, Instant takenAt, String actor, String reason) {
        this.decision = decision;
        this.number = number;
        this.stage = stage;
        this.takenAt = takenAt;
        this.actor = actor;
        this.reason = reason;
    }

    public int number() {
        return number;
    }

    public MatchStage stage() {
        return stage;
    }

    public Instant takenAt() {
        return takenAt;
    }

    public String actor() {
        return actor;
    }

    public String reason() {
        return reason;
    }
}
