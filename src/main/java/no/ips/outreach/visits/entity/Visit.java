package no.ips.outreach.visits.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.platform.entity.FieldChange;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * One logged employer contact: the evidence managers audit. It can be corrected, but each correction leaves
 * {@link VisitChange}s behind, so no one can silently rewrite past outreach.
 */
@Entity
@Table(name = "visit")
public class Visit {

    /**
     * Documented plausibility limits, so that one mistyped visit cannot inflate time in the community: a meeting at a
     * workplace lasts at most 8 hours, an event (a job fair) at most 12, and the travel to either at most 4.
     */
    public static final int MAX_MEETING_MINUTES = 8 * 60;
    public static final int MAX_EVENT_MINUTES = 12 * 60;
    public static final int MAX_TRAVEL_MINUTES = 4 * 60;
    /** The meeting and travel minutes in the community of one specialist on one day fit in a long working day. */
    public static final int MAX_DAY_MINUTES = 12 * 60;
    public static final int OUTCOME_LENGTH = 1000;
    public static final int NOTES_LENGTH = 4000;
    public static final int NEXT_STEP_LENGTH = 500;
    public static final int VOID_REASON_LENGTH = 500;
    /** The field a void is kept under in the visit's revisions, with the reason as its new value. */
    public static final String VOIDED_FIELD = "voided";
    /** Phones' clocks drift; a start a few minutes ahead of the server is still "now". */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "employer_id", nullable = false)
    private Long employerId;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Column(name = "specialist", nullable = false, length = 100)
    private String specialist;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "meeting_minutes", nullable = false)
    private int meetingMinutes;

    @Column(name = "travel_minutes", nullable = false)
    private int travelMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 20)
    private VisitMode mode;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 30)
    private VisitPurpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality", nullable = false, length = 30)
    private ContactQuality quality;

    @Column(name = "outcome", length = OUTCOME_LENGTH)
    private String outcome;

    @Column(name = "notes", length = NOTES_LENGTH)
    private String notes;

    @Column(name = "next_step", length = NEXT_STEP_LENGTH)
    private String nextStep;

    @Column(name = "next_step_due")
    private LocalDate nextStepDue;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "individualized", nullable = false)
    private boolean individualized;

    @Column(name = "voided_at")
    private Instant voidedAt;

    @Column(name = "voided_by", length = 100)
    private String voidedBy;

    @Column(name = "void_reason", length = VOID_REASON_LENGTH)
    private String voidReason;

    @ElementCollection
    @CollectionTable(name = "visit_participant", joinColumns = @JoinColumn(name = "visit_id"))
    private Set<LinkedParticipant> participants = new HashSet<>();

    protected Visit() {
    }

    public Visit(String specialist, VisitDetails details, Instant now) {
        this.specialist = specialist;
        this.createdAt = now;
        apply(checked(details, now));
    }

    /**
     * Applies a correction and returns the changes to keep as revision {@code revision}: none when nothing differs.
     */
    public List<VisitChange> correct(VisitDetails corrected, String by, int revision, Instant now) {
        requireStanding("visit.voided.cannot-correct");
        List<FieldChange> changes = FieldChange.between(details().snapshot(), checked(corrected, now).snapshot());
        apply(corrected);
        List<VisitChange> kept = new ArrayList<>();
        changes.forEach(change -> kept.add(new VisitChange(id, revision, by, now, change)));
        return kept;
    }

    /**
     * Takes the visit back, for a reason: it stays in the log and its history, but counts for nothing from now on.
     * The void is kept as revision {@code revision}, a change of {@value #VOIDED_FIELD} to the reason.
     */
    public VisitChange voidFor(String reason, String by, int revision, Instant now) {
        requireStanding("visit.voided.cannot-void-again");
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", Messages.get("outreach.v.void-reason"));
        }
        voidedAt = now;
        voidedBy = by;
        voidReason = reason.strip();
        return new VisitChange(id, revision, by, now, new FieldChange(VOIDED_FIELD, null, voidReason));
    }

    public boolean isVoid() {
        return voidedAt != null;
    }

    /** Who voided the visit, when and why; empty while it stands. */
    public Optional<Voiding> voiding() {
        return isVoid() ? Optional.of(new Voiding(voidedAt, voidedBy, voidReason)) : Optional.empty();
    }

    public record Voiding(Instant at, String by, String reason) {
    }

    /** @param refusal the bundle key of the refusal, which names the visit, who voided it, when and why */
    private void requireStanding(String refusal) {
        if (isVoid()) {
            throw ProblemException.conflict(Messages.get(refusal, String.valueOf(id), voidedBy, voidedAt.toString(),
                    voidReason));
        }
    }

    /** The participants this visit was on behalf of. */
    public Set<ParticipantLink> participants() {
        return participants.stream().map(LinkedParticipant::link).collect(Collectors.toSet());
    }

    public boolean loggedBy(String user) {
        return specialist.equals(user);
    }

    public boolean isFaceToFace() {
        return mode.isFaceToFace();
    }

    /** When the meeting itself ends; travel is not placed in time, so only meetings can overlap. */
    public Instant endsAt() {
        return startedAt.plus(Duration.ofMinutes(meetingMinutes));
    }

    /** Records whether this contact served a linked participant's stated preferences, as judged when it was logged. */
    public void judgeIndividualized(boolean servesPreferences) {
        this.individualized = servesPreferences;
    }

    public ContactFacts facts() {
        return ContactFacts.of(startedAt, mode, meetingMinutes, travelMinutes, quality, individualized);
    }

    public VisitDetails details() {
        return new VisitDetails(employerId, contactPersonId, startedAt, meetingMinutes, travelMinutes, mode, purpose,
                quality, outcome, notes, nextStep, nextStepDue,
                participants.stream().map(LinkedParticipant::link).collect(Collectors.toSet()));
    }

    private void apply(VisitDetails d) {
        employerId = d.employerId();
        contactPersonId = d.contactPersonId();
        startedAt = d.startedAt();
        meetingMinutes = d.meetingMinutes();
        travelMinutes = d.travelMinutes();
        mode = d.mode();
        purpose = d.purpose();
        quality = d.quality();
        outcome = d.outcome();
        notes = d.notes();
        nextStep = d.nextStep();
        nextStepDue = d.nextStepDue();
        participants.clear();
        d.participants().forEach(link -> participants.add(new LinkedParticipant(link)));
    }

    private static VisitDetails checked(VisitDetails d, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (d.startedAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new Problem.FieldError("startedAt", Messages.get("visit.started.future")));
        }
        if (d.meetingMinutes() < 0) {
            errors.add(new Problem.FieldError("meetingMinutes", Messages.get("field.not-negative")));
        }
        if (d.travelMinutes() < 0) {
            errors.add(new Problem.FieldError("travelMinutes", Messages.get("field.not-negative")));
        }
        int maxMeeting = d.mode() == VisitMode.EVENT ? MAX_EVENT_MINUTES : MAX_MEETING_MINUTES;
        if (d.meetingMinutes() > maxMeeting) {
            errors.add(new Problem.FieldError("meetingMinutes", Messages.get(d.mode() == VisitMode.EVENT ? "visit.meeting.max.event" : "visit.meeting.max",
                    String.valueOf(maxMeeting / 60), String.valueOf(maxMeeting))));
        }
        if (d.travelMinutes() > MAX_TRAVEL_MINUTES) {
            errors.add(new Problem.FieldError("travelMinutes", Messages.get("visit.travel.max")));
        }
        if (d.nextStepDue() != null && (d.nextStep() == null || d.nextStep().isBlank())) {
            errors.add(new Problem.FieldError("nextStep", Messages.get("visit.next-step")));
        }
        if (!d.participants().isEmpty() && !d.purpose().isOnBehalfOfParticipants()) {
            errors.add(new Problem.FieldError("participants", Messages.get("visit.participants.purpose")));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return d;
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

    public Instant createdAt() {
        return createdAt;
    }
}
