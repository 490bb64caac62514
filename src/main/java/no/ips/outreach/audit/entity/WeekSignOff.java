package no.ips.outreach.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One sign-off of a specialist's week as it was given, with the supervisor's note: the week's review history. */
@Entity
@Table(name = "week_sign_off")
public class WeekSignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "specialist_id", nullable = false, updatable = false)
    private long specialistId;

    @Column(name = "week_start", nullable = false, updatable = false)
    private LocalDate weekStart;

    @Column(name = "signed_by", nullable = false, updatable = false)
    private String signedBy;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "contacts_signed", nullable = false, updatable = false)
    private int contactsSigned;

    @Column(name = "in_time", nullable = false, updatable = false)
    private boolean inTime;

    @Column(name = "note", length = WeekReview.NOTE_LENGTH, updatable = false)
    private String note;

    protected WeekSignOff() {
    }

    WeekSignOff(long specialistId, LocalDate weekStart, String signedBy, Instant signedAt, int contactsSigned,
                boolean inTime, String note) {
        this.specialistId = specialistId;
        this.weekStart = weekStart;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
        this.contactsSigned = contactsSigned;
        this.inTime = inTime;
        this.note = note;
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

    public boolean inTime() {
        return inTime;
    }

    public String note() {
        return note;
    }
}
