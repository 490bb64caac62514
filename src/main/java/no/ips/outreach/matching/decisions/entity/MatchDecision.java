package no.ips.outreach.matching.decisions.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * A participant and an opening, and how far the match got. It refers to both by id only, like a job start, so that
 * anonymising the participant leaves it counted. Each move adds a {@link MatchStep}; the stage is the last step's.
 */
@Entity
@Table(name = "match_decision")
public class MatchDecision {

    public static final int REASON_LENGTH = 500;
    /** Dates in messages are where the specialists work: Norway and Denmark, both on Central European time. */
    private static final ZoneId LOCAL_TIME = ZoneId.of("Europe/Oslo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "participant_id", nullable = false, updatable = false)
    private Long participantId;

    @Column(name = "opening_id", nullable = false, updatable = false)
    private Long openingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", length = MatchStage.LENGTH, nullable = false)
    private MatchStage stage;

    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;

    @Column(name = "job_start_id")
    private Long jobStartId;

    @Column(name = "created_by", length = 100, nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<MatchStep> steps = new ArrayList<>();

    protected MatchDecision() {
    }

    /** Proposes the opening to the participant; the control layer has checked both. */
    public MatchDecision(long participantId, long openingId, String actor, String reason, Instant now) {
        this.participantId = participantId;
        this.openingId = openingId;
        this.createdBy = actor;
        this.createdAt = now;
        record(MatchStage.PROPOSED, actor, reason, now);
    }

    /** Refuses, with a 409 naming where the match is and where it may go, a move the stages do not allow. */
    public void requireMove(MatchStage next) {
        if (stage.leadsTo(next)) {
            return;
        }
        if (stage == MatchStage.DECLINED) {
            throw ProblemException.conflict(Messages.get("match.declined.cannot-move", declinedDate(), next, Messages.label(next)));
        }
        if (stage.next().isEmpty()) {
            throw ProblemException.conflict(Messages.get("match.final", stage, Messages.label(stage), next, Messages.label(next)));
        }
        String or = " " + Messages.get("word.or") + " ";
        throw ProblemException.conflict(Messages.get("match.next", stage, Messages.label(stage),
                stage.next().stream().map(Enum::name).collect(Collectors.joining(or)),
                stage.next().stream().map(Messages::label).collect(Collectors.joining(or)), next, Messages.label(next)));
    }

    /** Moves on to any stage but HIRED, which needs its job start: see {@link #hire}. */
    public void moveTo(MatchStage next, String actor, String reason, Instant now) {
        if (next == MatchStage.HIRED) {
            throw new IllegalArgumentException("a hire is recorded with its job start");
        }
        requireMove(next);
        record(next, actor, reason, now);
    }

    /** The participant got the job; {@code jobStartId} is the job start recorded for it. */
    public void hire(long jobStartId, String actor, String reason, Instant now) {
        requireMove(MatchStage.HIRED);
        this.jobStartId = jobStartId;
        record(MatchStage.HIRED, actor, reason, now);
    }

    /** Whether something the participant chose on changed after they declined: their preferences or the opening. */
    public boolean changedSinceDeclined(Instant openingUpdatedAt, Instant preferencesChangedAt) {
        return stage == MatchStage.DECLINED
                && (isAfterDecline(openingUpdatedAt) || isAfterDecline(preferencesChangedAt));
    }

    /** Proposes a declined match again; the caller has checked {@link #changedSinceDeclined}. */
    public void proposeAgain(String actor, String reason, Instant now) {
        if (stage != MatchStage.DECLINED) {
            throw ProblemException.conflict(Messages.get("match.propose-again.not-declined", stage, Messages.label(stage)));
        }
        record(MatchStage.PROPOSED, actor, reason, now);
    }

    /** The local date the participant declined, for messages; the match must be DECLINED. */
    public LocalDate declinedDate() {
        return LocalDate.ofInstant(stageChangedAt, LOCAL_TIME);
    }

    private boolean isAfterDecline(Instant change) {
        return change != null && change.isAfter(stageChangedAt);
    }

    private void record(MatchStage reached, String actor, String reason, Instant now) {
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (why != null && why.length() > REASON_LENGTH) {
            throw ProblemException.invalid("reason", Messages.get("field.at-most-characters", String.valueOf(REASON_LENGTH)));
        }
        steps.add(new MatchStep(this, steps.size() + 1, reached, now, actor, why));
        stage = reached;
        stageChangedAt = now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long participantId() {
        return participantId;
    }

    public long openingId() {
        return openingId;
    }

    public MatchStage stage() {
        return stage;
    }

    public Instant stageChangedAt() {
        return stageChangedAt;
    }

    public Long jobStartId() {
        return jobStartId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** The history, first step first. */
    public List<MatchStep> steps() {
        return steps.stream().sorted(Comparator.comparingInt(MatchStep::number)).toList();
    }
}
