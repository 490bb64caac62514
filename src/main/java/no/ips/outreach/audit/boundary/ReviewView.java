package no.ips.outreach.audit.boundary;

import java.time.Instant;

/** A specialist-week of the contact log and whether its review stands. */
public record ReviewView(String specialist, String week, Status status, String signedBy, Instant signedAt,
                         Integer faceToFaceContactsAtSignOff, Instant changedAt, String changedBy, Long changedVisitId,
                         Integer changedRevision) {

    public enum Status {
        SIGNED_OFF, CHANGED_AFTER_REVIEW, NOT_REVIEWED
    }
}
