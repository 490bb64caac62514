package no.ips.outreach.matching.decisions.boundary;

import java.time.Instant;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.matching.decisions.entity.MatchStep;

/** One step of a match's history. */
public record MatchStepView(int number, MatchStage stage, Instant at, String actor, String reason) {

    static MatchStepView of(MatchStep step) {
        return new MatchStepView(step.number(), step.stage(), step.takenAt(), step.actor(), step.reason());
    }
}
