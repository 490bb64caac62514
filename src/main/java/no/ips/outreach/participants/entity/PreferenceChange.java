package no.ips.outreach.participants.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.entity.KeptChange;

/** One preference a participant changed, with the value before and after. Kept, because preferences evolve. */
@Entity
@Table(name = "preference_change")
public class PreferenceChange extends KeptChange {

    /** The preference fields that could identify a person; anonymising wipes their history too. */
    public static final Set<String> IDENTIFYING_FIELDS = Set.of("home", "languages", "educationGoal", "strengths");

    @Column(name = "participant_id", nullable = false)
    private Long participantId;

    protected PreferenceChange() {
    }

    public PreferenceChange(long participantId, String changedBy, Instant changedAt, FieldChange change) {
        super(changedBy, changedAt, change);
        this.participantId = participantId;
    }
}
