package no.ips.outreach.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A kept row of history: one field of a record changed, by whom, when, from what to what. Never updated; the
 * subclass names what was changed (a visit's revision, a participant's preferences).
 */
@MappedSuperclass
public abstract class KeptChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "field", nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected KeptChange() {
    }

    protected KeptChange(String changedBy, Instant changedAt, FieldChange change) {
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public FieldChange change() {
        return new FieldChange(field, oldValue, newValue);
    }
}
