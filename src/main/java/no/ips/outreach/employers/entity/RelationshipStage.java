package no.ips.outreach.employers.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * How far the relationship with an employer has come. Derived from the contact history unless a specialist set it
 * by hand; HIRING_PARTNER is only ever set by hand for now, since job starts are not yet recorded.
 */
public enum RelationshipStage {
    PROSPECT, CONTACTED, ENGAGED, HIRING_PARTNER, DORMANT;

    /** No contact for this long, and the relationship has gone quiet. */
    public static final Duration DORMANT_AFTER = Duration.ofDays(180);
    /** Face-to-face meetings it takes before an employer counts as engaged. */
    public static final int ENGAGED_AFTER_MEETINGS = 2;

    public static RelationshipStage derive(ContactSummary contacts, Instant now) {
        if (contacts == null || contacts.lastContactAt() == null) {
            return PROSPECT;
        }
        if (contacts.lastContactAt().isBefore(now.minus(DORMANT_AFTER))) {
            return DORMANT;
        }
        return contacts.faceToFaceCount() >= ENGAGED_AFTER_MEETINGS ? ENGAGED : CONTACTED;
    }
}
