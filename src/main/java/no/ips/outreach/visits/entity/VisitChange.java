package no.ips.outreach.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ips.outreach.platform.entity.FieldChange;

/** A kept record of one field changed by one correction of a visit. Never updated, never deleted. */
@Entity
@Table(name = "visit_change")
public class VisitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "field", nullable = false, length = 50)
    private String field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    protected VisitChange() {
    }

    VisitChange(Long visitId, int revision, String changedBy, Instant changedAt, FieldChange change) {
        this.visitId = visitId;
        this.revision = revision;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.field = change.field();
        this.oldValue = change.oldValue();
        this.newValue = change.newValue();
    }

    public int revision() {
        return revision;
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
