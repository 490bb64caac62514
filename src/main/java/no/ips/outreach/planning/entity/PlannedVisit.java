package no.ips.outreach.planning.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * An employer visit a specialist means to make, in person, on a day at a local time. Completing it links the visit it
 * became; one left open after its day is missed, and counts neither as done nor as a face-to-face contact.
 */
@Entity
@Table(name = "planned_visit")
public class PlannedVisit {

    public static final int NOTE_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "specialist", nullable = false, updatable = false)
    private String specialist;

    @Column(name = "employer_id", nullable = false)
    private long employerId;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    /** The Monday of the day's ISO week, so that a week is one indexed range. */
    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason")
    private SuggestionReason reason;

    @Column(name = "note", length = NOTE_LENGTH)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private PlanStatus status;

    @Column(name = "visit_id")
    private Long visitId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "planned_visit_participant", joinColumns = @JoinColumn(name = "planned_visit_id"))
    @Column(name = "participant_id")
    private Set<Long> participantIds = new HashSet<>();

    protected PlannedVisit() {
    }

    public PlannedVisit(String specialist, PlannedVisitDetails details, String createdBy, Instant now) {
        this.specialist = specialist;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = PlanStatus.PLANNED;
        apply(details, now);
    }

    /** Moves or changes a visit still to be made. */
    public void reschedule(PlannedVisitDetails details, Instant now) {
        requireOpen("changed");
        apply(details, now);
    }

    public void cancel(Instant now) {
        requireOpen("cancelled");
        status = PlanStatus.CANCELLED;
        updatedAt = now;
    }

    /** Made: the visit it became is in the visit log, and the plan shows it when it was logged as having happened. */
    public void complete(long loggedVisitId, LocalDateTime loggedAt, Instant now) {
        requireOpen("completed");
        status = PlanStatus.DONE;
        visitId = loggedVisitId;
        plannedOn = loggedAt.toLocalDate();
        weekStart = plannedOn.with(DayOfWeek.MONDAY);
        startsAt = loggedAt.toLocalTime();
        updatedAt = now;
    }

    /**
     * The visit it became was voided: the plan was not done after all, so it is open again (and missed once its day has
     * passed), and can be completed anew. It keeps the time that was logged.
     */
    public void reopen(Instant now) {
        if (status == PlanStatus.DONE) {
            status = PlanStatus.PLANNED;
            visitId = null;
            updatedAt = now;
        }
    }

    /** Its state on {@code today} in the specialist's local calendar: an open visit after its day is missed. */
    public PlanState state(LocalDate today) {
        return switch (status) {
            case DONE -> PlanState.DONE;
            case CANCELLED -> PlanState.CANCELLED;
            case PLANNED -> plannedOn.isBefore(today) ? PlanState.MISSED : PlanState.PLANNED;
        };
    }

    /** Still ahead or today, and so still a visit the week's plan can count on. */
    public boolean upcoming(LocalDate today) {
        return state(today) == PlanState.PLANNED;
    }

    private void apply(PlannedVisitDetails details, Instant now) {
        employerId = details.employerId();
        plannedOn = details.day();
        weekStart = details.day().with(DayOfWeek.MONDAY);
        startsAt = details.startsAt();
        durationMinutes = details.durationMinutes();
        purpose = details.purpose();
        reason = details.reason();
        note = details.note();
        participantIds.clear();
        participantIds.addAll(details.participantIds());
        updatedAt = now;
    }

    private void requireOpen(String what) {
        if (status != PlanStatus.PLANNED) {
            throw ProblemException.conflict(Messages.get("planning.closed." + what, status.name().toLowerCase(Locale.ROOT), Messages.label(status)));
        }
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String specialist() {
        return specialist;
    }

    public long employerId() {
        return employerId;
    }

    public LocalDate day() {
        return plannedOn;
    }

    public LocalTime startsAt() {
        return startsAt;
    }

    public int durationMinutes() {
        return durationMinutes;
    }

    public VisitPurpose purpose() {
        return purpose;
    }

    public SuggestionReason reason() {
        return reason;
    }

    public String note() {
        return note;
    }

    public PlanStatus status() {
        return status;
    }

    public Long visitId() {
        return visitId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Set<Long> participantIds() {
        return Set.copyOf(participantIds);
    }

    public PlannedVisitDetails details() {
        return new PlannedVisitDetails(employerId, plannedOn, startsAt, durationMinutes, purpose, reason, note, participantIds);
    }
}
