package no.ips.outreach.matching.decisions.entity;

import static no.ips.outreach.matching.decisions.entity.MatchStage.DECLINED;
import static no.ips.outreach.matching.decisions.entity.MatchStage.HIRED;
import static no.ips.outreach.matching.decisions.entity.MatchStage.INTERESTED;
import static no.ips.outreach.matching.decisions.entity.MatchStage.INTERVIEW;
import static no.ips.outreach.matching.decisions.entity.MatchStage.INTRODUCED;
import static no.ips.outreach.matching.decisions.entity.MatchStage.NOT_HIRED;
import static no.ips.outreach.matching.decisions.entity.MatchStage.PROPOSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import no.ips.outreach.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The stages a match moves through, and what each step records. */
class MatchDecisionTest {

    private static final Instant PROPOSED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-05T14:30:00Z");

    /** A match brought to {@code stage} along the shortest allowed path. */
    private static MatchDecision at(MatchStage stage) {
        MatchDecision decision = new MatchDecision(7, 11, "kari", "Likes kitchens", PROPOSED_AT);
        List<MatchStage> path = switch (stage) {
            case PROPOSED -> List.of();
            case INTERESTED -> List.of(INTERESTED);
            case DECLINED -> List.of(DECLINED);
            case INTRODUCED -> List.of(INTERESTED, INTRODUCED);
            case INTERVIEW -> List.of(INTERESTED, INTRODUCED, INTERVIEW);
            case NOT_HIRED -> List.of(INTERESTED, INTRODUCED, NOT_HIRED);
            case HIRED -> List.of(INTERESTED, INTRODUCED);
        };
        path.forEach(next -> decision.moveTo(next, "kari", null, PROPOSED_AT));
        if (stage == HIRED) {
            decision.hire(99, "kari", null, PROPOSED_AT);
        }
        return decision;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PROPOSED, INTERESTED", "PROPOSED, DECLINED",
        "INTERESTED, INTRODUCED", "INTERESTED, DECLINED",
        "INTRODUCED, INTERVIEW", "INTRODUCED, NOT_HIRED",
        "INTERVIEW, NOT_HIRED"})
    void everyAllowedMoveAddsAStepWithTimeActorAndReason(MatchStage from, MatchStage to) {
        MatchDecision decision = at(from);
        int before = decision.steps().size();

        decision.moveTo(to, "ola", "  Said so on the phone ", LATER);

        assertThat(decision.stage()).isEqualTo(to);
        assertThat(decision.stageChangedAt()).isEqualTo(LATER);
        MatchStep last = decision.steps().get(before);
        assertThat(last.number()).isEqualTo(before + 1);
        assertThat(List.of(last.stage(), last.takenAt(), last.actor(), last.reason()))
                .containsExactly(to, LATER, "ola", "Said so on the phone");
    }

    @ParameterizedTest(name = "{0} -> HIRED")
    @CsvSource({"INTRODUCED", "INTERVIEW"})
    void aHireAfterAnIntroductionOrInterviewKeepsItsJobStart(MatchStage from) {
        MatchDecision decision = at(from);

        decision.hire(42, "kari", null, LATER);

        assertThat(decision.stage()).isEqualTo(HIRED);
        assertThat(decision.jobStartId()).isEqualTo(42);
        assertThat(decision.steps().get(decision.steps().size() - 1).reason()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "PROPOSED, INTRODUCED", "PROPOSED, INTERVIEW", "PROPOSED, NOT_HIRED", "PROPOSED, PROPOSED",
        "INTERESTED, INTERVIEW", "INTERESTED, NOT_HIRED", "INTERESTED, PROPOSED",
        "INTRODUCED, DECLINED", "INTRODUCED, INTERESTED",
        "INTERVIEW, INTRODUCED", "INTERVIEW, DECLINED",
        "DECLINED, INTERESTED", "DECLINED, PROPOSED",
        "NOT_HIRED, INTERVIEW", "HIRED, NOT_HIRED"})
    void aForbiddenMoveIsAConflictAndChangesNothing(MatchStage from, MatchStage to) {
        MatchDecision decision = at(from);
        int before = decision.steps().size();

        assertThatThrownBy(() -> decision.moveTo(to, "kari", null, LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains(from.name()).contains(to.name());
                });
        assertThat(decision.stage()).isEqualTo(from);
        assertThat(decision.steps()).hasSize(before);
    }

    @Test
    void aConflictNamesTheStagesTheMatchCanMoveTo() {
        assertThatThrownBy(() -> at(INTRODUCED).moveTo(DECLINED, "kari", null, LATER))
                .hasMessage("This match is INTRODUCED; from there it can move to INTERVIEW or HIRED or NOT_HIRED, not DECLINED.");
        assertThatThrownBy(() -> at(PROPOSED).hire(1, "kari", null, LATER))
                .hasMessage("This match is PROPOSED; from there it can move to INTERESTED or DECLINED, not HIRED.");
        assertThatThrownBy(() -> at(HIRED).hire(2, "kari", null, LATER)).hasMessageContaining("HIRED, which is final");
    }

    @Test
    void aHireIsNeverRecordedWithoutItsJobStart() {
        assertThatThrownBy(() -> at(INTERVIEW).moveTo(HIRED, "kari", null, LATER)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewMatchIsProposedWithItsFirstStep() {
        MatchDecision decision = at(PROPOSED);

        assertThat(decision.stage()).isEqualTo(PROPOSED);
        assertThat(decision.steps()).singleElement().satisfies(step -> {
            assertThat(step.stage()).isEqualTo(PROPOSED);
            assertThat(step.actor()).isEqualTo("kari");
            assertThat(step.reason()).isEqualTo("Likes kitchens");
        });
    }

    @Test
    void aDeclinedMatchCountsAsChangedOnlyWhenThePreferencesOrTheOpeningChangedAfterwards() {
        MatchDecision declined = at(PROPOSED);
        declined.moveTo(DECLINED, "kari", "Does not want evenings", LATER);

        assertThat(declined.changedSinceDeclined(PROPOSED_AT, null)).isFalse();
        assertThat(declined.changedSinceDeclined(LATER, LATER)).isFalse();
        assertThat(declined.changedSinceDeclined(LATER.plusSeconds(1), null)).isTrue();
        assertThat(declined.changedSinceDeclined(PROPOSED_AT, LATER.plusSeconds(1))).isTrue();
        assertThat(at(INTERESTED).changedSinceDeclined(LATER, LATER)).isFalse();
    }

    @Test
    void proposingAgainReopensADeclinedMatchWithANewStep() {
        MatchDecision declined = at(DECLINED);

        declined.proposeAgain("kari", "Now wants weekend work", LATER);

        assertThat(declined.stage()).isEqualTo(PROPOSED);
        assertThat(declined.steps()).extracting(MatchStep::stage).containsExactly(PROPOSED, DECLINED, PROPOSED);
        assertThatThrownBy(() -> at(INTERESTED).proposeAgain("kari", null, LATER)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aReasonIsAtMost500Characters() {
        assertThatThrownBy(() -> at(PROPOSED).moveTo(INTERESTED, "kari", "x".repeat(501), LATER))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors()).isNotEmpty());
    }

    @Test
    void theDeclineDateIsTheLocalDateInNorway() {
        MatchDecision decision = at(PROPOSED);
        decision.moveTo(DECLINED, "kari", null, Instant.parse("2026-03-05T23:30:00Z"));

        assertThat(decision.declinedDate()).hasToString("2026-03-06");
    }
}
