package no.ips.outreach.employers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One employer's contact history in a row, read from the database view over the visit log, so it can never
 * disagree with the log. Read-only.
 */
@Entity
@Table(name = "employer_contact_summary")
public class ContactSummary {

    @Id
    @Column(name = "employer_id")
    private Long employerId;

    @Column(name = "contact_count")
    private long contactCount;

    @Column(name = "face_to_face_count")
    private long faceToFaceCount;

    @Column(name = "last_contact_at")
    private Instant lastContactAt;

    @Column(name = "last_face_to_face_at")
    private Instant lastFaceToFaceAt;

    protected ContactSummary() {
    }

    public ContactSummary(long contactCount, long faceToFaceCount, Instant lastContactAt, Instant lastFaceToFaceAt) {
        this.contactCount = contactCount;
        this.faceToFaceCount = faceToFaceCount;
        this.lastContactAt = lastContactAt;
        this.lastFaceToFaceAt = lastFaceToFaceAt;
    }

    public static ContactSummary none() {
        return new ContactSummary(0, 0, null, null);
    }

    public Long employerId() {
        return employerId;
    }

    public long contactCount() {
        return contactCount;
    }

    public long faceToFaceCount() {
        return faceToFaceCount;
    }

    public Instant lastContactAt() {
        return lastContactAt;
    }

    public Instant lastFaceToFaceAt() {
        return lastFaceToFaceAt;
    }
}
