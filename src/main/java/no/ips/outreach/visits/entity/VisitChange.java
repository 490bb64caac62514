package no.ips.outreach.visits.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.entity.KeptChange;

/** A kept record of one field changed by one correction of a visit. Never updated, never deleted. */
@Entity
@Table(name = "visit_change")
public class VisitChange extends KeptChange {

    @Column(name = "visit_id", nullable = false)
    private Long visitId;

    @Column(name = "revision", nullable = false)
    private int revision;

    protected VisitChange() {
    }

    VisitChange(Long visitId, int revision, String changedBy, Instant changedAt, FieldChange change) {
        super(changedBy, changedAt, change);
        this.visitId = visitId;
        this.revision = revision;
    }

    public int revision() {
        return revision;
    }
}
