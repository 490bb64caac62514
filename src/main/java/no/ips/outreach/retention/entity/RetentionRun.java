package no.ips.outreach.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the retention job and what it did: the evidence that storage limitation happens. Never changed. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false, updatable = false)
    private Instant finishedAt;

    @Column(name = "started_by", nullable = false, updatable = false)
    private String startedBy;

    @Column(name = "participants_cutoff", nullable = false, updatable = false)
    private Instant participantsCutoff;

    @Column(name = "participants_anonymised", nullable = false, updatable = false)
    private int participantsAnonymised;

    @Column(name = "access_log_cutoff", nullable = false, updatable = false)
    private Instant accessLogCutoff;

    @Column(name = "access_rows_deleted", nullable = false, updatable = false)
    private long accessRowsDeleted;

    @Column(name = "events_cutoff", updatable = false)
    private Instant eventsCutoff;

    @Column(name = "events_deleted", nullable = false, updatable = false)
    private long eventsDeleted;

    protected RetentionRun() {
    }

    public RetentionRun(String startedBy, Instant startedAt, Instant finishedAt, Instant participantsCutoff,
                        int participantsAnonymised, Instant accessLogCutoff, long accessRowsDeleted,
                        Instant eventsCutoff, long eventsDeleted) {
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.participantsCutoff = participantsCutoff;
        this.participantsAnonymised = participantsAnonymised;
        this.accessLogCutoff = accessLogCutoff;
        this.accessRowsDeleted = accessRowsDeleted;
        this.eventsCutoff = eventsCutoff;
        this.eventsDeleted = eventsDeleted;
    }

    public Long id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant participantsCutoff() {
        return participantsCutoff;
    }

    public int participantsAnonymised() {
        return participantsAnonymised;
    }

    public Instant accessLogCutoff() {
        return accessLogCutoff;
    }

    public long accessRowsDeleted() {
        return accessRowsDeleted;
    }

    /** Null for a run from before events were kept for a limited time. */
    public Instant eventsCutoff() {
        return eventsCutoff;
    }

    public long eventsDeleted() {
        return eventsDeleted;
    }
}
