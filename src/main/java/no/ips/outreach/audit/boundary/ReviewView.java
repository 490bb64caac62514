package no.ips.outreach.audit.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A specialist-week of the contact log and whether its review stands. {@code weekly} says whether the sign-off was
 * given in time to count as a weekly review; {@code history} (only when one week is asked for) lists every sign-off
 * with its note.
 */
public record ReviewView(String specialist, String week, Status status, String signedBy, Instant signedAt,
                         Integer faceToFaceContactsAtSignOff, Instant changedAt, String changedBy, Long changedVisitId,
                         Integer changedRevision, Boolean weekly, String note, List<SignOffView> history) {

    public enum Status {
        SIGNED_OFF, CHANGED_AFTER_REVIEW, NOT_REVIEWED
    }

    /** One sign-off as it was given. */
    public record SignOffView(String signedBy, Instant signedAt, int faceToFaceContacts, boolean weekly, String note) {
    }
}
