package no.ips.outreach.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * A supervisor's sign-off of one specialist's employer-contact log for one ISO week. A change to that week's visits
 * after the sign-off does not undo it silently: the review is marked changed after review, naming the change, until the
 * supervisor signs again.
 */
@Entity
@Table(name = "week_review")
@IdClass(WeekReview.Key.class)
public class WeekReview {

    public static final int NOTE_LENGTH = 1000;

    @Id
    @Column(name = "specialist_id")
    private Long specialistId;

    @Id
    @Column(name = "week_start")
    private LocalDate weekStart;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "contacts_signed", nullable = false)
    private int contactsSigned;

    @Column(name = "in_time", nullable = false)
    private boolean inTime;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    @Column(name = "changed_visit_id")
    private Long changedVisitId;

    @Column(name = "changed_revision")
    private Integer changedRevision;

    protected WeekReview() {
    }

    public WeekReview(long specialistId, IsoWeek week) {
        this.specialistId = specialistId;
        this.weekStart = week.monday();
    }

    /**
     * Signing again replaces the earlier sign-off and clears any change noted since. It is a weekly review only when
     * given within {@code weeklyWithinDays} after the week ended; a later one is a monthly review at most.
     */
    public WeekSignOff signOff(String by, Instant at, int faceToFaceContacts, String note, int weeklyWithinDays) {
        signedBy = by;
        signedAt = at;
        contactsSigned = faceToFaceContacts;
        this.note = note;
        inTime = !LocalDate.ofInstant(at, ContactFacts.ZONE).isAfter(week().sunday().plusDays(weeklyWithinDays));
        changedAt = null;
        changedBy = null;
        changedVisitId = null;
        changedRevision = null;
        return new WeekSignOff(specialistId, weekStart, by, at, faceToFaceContacts, inTime, note);
    }

    /** Keeps the first change after the sign-off: that is the one the supervisor has not seen. */
    public void visitChanged(long visitId, int revision, String by, Instant at) {
        if (changedAt == null) {
            changedAt = at;
            changedBy = by;
            changedVisitId = visitId;
            changedRevision = revision;
        }
    }

    public boolean isCurrent() {
        return changedAt == null;
    }

    /** A current sign-off given in time: the log was reviewed weekly. */
    public boolean isWeekly() {
        return isCurrent() && inTime;
    }

    public boolean inTime() {
        return inTime;
    }

    public String note() {
        return note;
    }

    public long specialistId() {
        return specialistId;
    }

    public IsoWeek week() {
        return IsoWeek.of(weekStart);
    }

    public String signedBy() {
        return signedBy;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public int contactsSigned() {
        return contactsSigned;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public Long changedVisitId() {
        return changedVisitId;
    }

    public Integer changedRevision() {
        return changedRevision;
    }

    public static class Key implements Serializable {
        private Long specialistId;
        private LocalDate weekStart;

        public Key() {
        }

        public Key(Long specialistId, LocalDate weekStart) {
            this.specialistId = specialistId;
            this.weekStart = weekStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(specialistId, that.specialistId)
                    && Objects.equals(weekStart, that.weekStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(specialistId, weekStart);
        }
    }
}
