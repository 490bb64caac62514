package no.ips.outreach.participants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.ips.outreach.platform.entity.FieldChange;

/** One preference a participant changed, with the value before and after. Kept, because preferences evolve. */
@Entity
@Table(name = "preference_change")
public class PreferenceChange {

    /** The preference fields that could identify a person; anonymising wipes their history too. */
    public static final Set<String> IDENTIFYING_FIELDS = Set.of("home", "languages", "educationGoal", "strengths");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

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

    protected PreferenceChange() {
    }

    public PreferenceChange(long participantId, String changedBy, Instant changedAt, FieldChange change) {
        this.participantId = participantId;
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
