package no.ips.outreach.jobstarts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/** A participant started a job. It refers to the participant by id only, so anonymising them leaves it counted. */
@Entity
@Table(name = "job_start")
public class JobStart {

    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("80");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(name = "employer_id", nullable = false, updatable = false)
    private Long employerId;

    @Column(name = "opening_id", updatable = false)
    private Long openingId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "hours_per_week", nullable = false, precision = 4, scale = 1)
    private BigDecimal hoursPerWeek;

    @Column(name = "isco_code", nullable = false)
    private String occupationCode;

    @Column(name = "competitive", nullable = false)
    private boolean competitive;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected JobStart() {
    }

    /** Records a start; {@code enrolledOn} is the participant's enrolment, before which no job can start. */
    public JobStart(JobStartTerms terms, LocalDate enrolledOn, String createdBy, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (terms.startDate().isBefore(enrolledOn)) {
            errors.add(new Problem.FieldError("startDate", Messages.get("job-start.before-enrolment", enrolledOn)));
        }
        if (terms.endDate() != null && terms.endDate().isBefore(terms.startDate())) {
            errors.add(new Problem.FieldError("endDate", Messages.get("job-start.end-before-start")));
        }
        if (terms.hoursPerWeek().compareTo(MIN_HOURS) < 0 || terms.hoursPerWeek().compareTo(MAX_HOURS) > 0) {
            errors.add(new Problem.FieldError("hoursPerWeek", Messages.get("job-start.hours")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        this.participantId = terms.participantId();
        this.employerId = terms.employerId();
        this.openingId = terms.openingId();
        this.startDate = terms.startDate();
        this.endDate = terms.endDate();
        this.hoursPerWeek = terms.hoursPerWeek();
        this.occupationCode = terms.occupationCode();
        this.competitive = terms.competitive();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The job ended; follow-along support may go on. */
    public void end(LocalDate on, String reason) {
        if (endDate != null) {
            throw ProblemException.conflict(Messages.get("job-start.already-ended", endDate));
        }
        if (on.isBefore(startDate)) {
            throw ProblemException.invalid("endDate", Messages.get("job-start.end-before-start-on", startDate));
        }
        this.endDate = on;
        this.endReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public JobStartTerms terms() {
        return new JobStartTerms(participantId, employerId, openingId, startDate, endDate, hoursPerWeek, occupationCode, competitive);
    }

    public String endReason() {
        return endReason;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
