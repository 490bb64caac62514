package no.ips.outreach.openings.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * A job at an employer that a specialist developed or found. Open until it is filled or closed; an open opening
 * whose application deadline has passed reads as {@link OpeningStatus#EXPIRED} without anyone having to act.
 */
@Entity
@Table(name = "job_opening")
public class JobOpening {

    public static final int TITLE_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int REASON_LENGTH = 500;
    public static final int MAX_POSITIONS = 1000;
    public static final int MAX_LANGUAGES = 10;
    /** Deadlines are calendar dates where the employers are: Norway and Denmark, both on Central European time. */
    public static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Oslo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "title", length = TITLE_LENGTH, nullable = false)
    private String title;

    @Column(name = "isco_code", length = 4, nullable = false)
    private String occupationCode;

    @Column(name = "description", length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "hours_per_week", precision = 4, scale = 1, nullable = false)
    private BigDecimal hoursPerWeek;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_opening_shift", joinColumns = @JoinColumn(name = "opening_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "shift", length = 10)
    private Set<Shift> shifts = new HashSet<>();

    @Embedded
    private Address workplace;

    @Column(name = "positions", nullable = false)
    private int positions;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Column(name = "driving_licence", nullable = false)
    private boolean drivingLicence;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "job_opening_language", joinColumns = @JoinColumn(name = "opening_id"))
    @Column(name = "language", length = 10)
    private Set<String> languages = new HashSet<>();

    @Column(name = "competitive", nullable = false)
    private boolean competitive;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", length = 30, nullable = false)
    private OpeningSource source;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "hidden_job_market", nullable = false)
    private boolean hiddenJobMarket;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 10, nullable = false)
    private OpeningStatus status;

    @Column(name = "status_reason", length = REASON_LENGTH)
    private String statusReason;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "created_by", length = 100, nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected JobOpening() {
    }

    /** A new, open opening; the control layer has checked the employer, occupation and visit. */
    public JobOpening(String createdBy, OpeningDetails details, Instant now) {
        apply(OpeningRules.checked(details, null, today(now)));
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        this.status = OpeningStatus.OPEN;
        this.statusChangedAt = now;
    }

    /** Replaces the details. A deadline that has passed may stay; a new one may not be in the past. */
    public void revise(OpeningDetails details, Instant now) {
        apply(OpeningRules.checked(details, applicationDeadline, today(now)));
        updatedAt = now;
    }

    /** Takes an open opening off the board, as CLOSED (withdrawn, put on hold) or EXPIRED (ran out). */
    public void close(OpeningStatus as, String reason, Instant now) {
        if (as != OpeningStatus.CLOSED && as != OpeningStatus.EXPIRED) {
            throw ProblemException.invalid("status", Messages.get("opening.close.status"));
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", Messages.get("opening.close.reason"));
        }
        if (reason.trim().length() > REASON_LENGTH) {
            throw ProblemException.invalid("reason", Messages.get("field.at-most-characters", String.valueOf(REASON_LENGTH)));
        }
        requireOpen("closed", now);
        changeStatus(as, reason.trim(), now);
    }

    /** Puts a closed or expired opening back on the board; its deadline, if any, must not have passed. */
    public void reopen(Instant now) {
        OpeningState state = state(now);
        if (state.status() == OpeningStatus.OPEN) {
            throw ProblemException.conflict(Messages.get("opening.already-open"));
        }
        if (state.status() == OpeningStatus.FILLED) {
            throw ProblemException.conflict(Messages.get("opening.filled.no-reopen"));
        }
        if (deadlinePassed(now)) {
            throw ProblemException.conflict(Messages.get("opening.deadline-passed.no-reopen", state.status(),
                    Messages.label(state.status()), applicationDeadline));
        }
        // the service writes the reason on the user's behalf, in their language, as if they had typed it
        changeStatus(OpeningStatus.OPEN, Messages.get("opening.reason.reopened"), now);
    }

    /** Someone got the job. Only an open opening can be filled. */
    public void fill(String how, Instant now) {
        requireOpen("filled", now);
        changeStatus(OpeningStatus.FILLED, how == null || how.isBlank() ? Messages.get("opening.reason.filled") : how.trim(), now);
    }

    /** The status as of {@code now}: an open opening past its deadline reads as expired from the day after it. */
    public OpeningState state(Instant now) {
        if (status == OpeningStatus.OPEN && deadlinePassed(now)) {
            return new OpeningState(OpeningStatus.EXPIRED, Messages.get("opening.reason.deadline-passed"),
                    applicationDeadline.plusDays(1).atStartOfDay(LOCAL_TIME).toInstant());
        }
        return new OpeningState(status, statusReason, statusChangedAt);
    }

    public boolean isOpen(Instant now) {
        return state(now).status() == OpeningStatus.OPEN;
    }

    public OpeningDetails details() {
        return new OpeningDetails(employerId, title, occupationCode, description, hoursPerWeek, shifts, workplace,
                positions, startDate, applicationDeadline, drivingLicence, languages, competitive, source, visitId,
                hiddenJobMarket);
    }

    private void requireOpen(String becoming, Instant now) {
        OpeningState state = state(now);
        if (state.status() == OpeningStatus.FILLED && becoming.equals("filled")) {
            throw ProblemException.conflict(Messages.get("opening.already-filled"));
        }
        if (state.status() != OpeningStatus.OPEN) {
            throw ProblemException.conflict(Messages.get("opening.not-open." + becoming, state.status(),
                    Messages.label(state.status()), state.reason() == null ? "" : " (" + state.reason() + ")"));
        }
    }

    private boolean deadlinePassed(Instant now) {
        return applicationDeadline != null && applicationDeadline.isBefore(today(now));
    }

    private void changeStatus(OpeningStatus to, String reason, Instant now) {
        status = to;
        statusReason = reason;
        statusChangedAt = now;
        updatedAt = now;
    }

    private void apply(OpeningDetails d) {
        employerId = d.employerId();
        title = d.title();
        occupationCode = d.occupationCode();
        description = d.description();
        hoursPerWeek = d.hoursPerWeek();
        shifts.clear();
        shifts.addAll(d.shifts());
        workplace = d.workplace();
        positions = d.positions();
        startDate = d.startDate();
        applicationDeadline = d.applicationDeadline();
        drivingLicence = d.drivingLicence();
        languages.clear();
        languages.addAll(d.languages());
        competitive = d.competitive();
        source = d.source();
        visitId = d.visitId();
        hiddenJobMarket = d.hiddenJobMarket();
    }

    public static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, LOCAL_TIME);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long employerId() {
        return employerId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
