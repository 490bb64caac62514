package no.ips.outreach.matching.decisions.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A match with its whole history; {@code next} are the stages it may move on to. */
@Schema(description = "A match decision and the steps it may take next")
public record MatchView(long id, long participantId, long openingId, MatchStage stage, Set<MatchStage> next,
                        Instant stageChangedAt, Long jobStartId, String createdBy, Instant createdAt, long version,
                        List<MatchStepView> steps) {

    static MatchView of(MatchDecision decision) {
        return new MatchView(decision.id(), decision.participantId(), decision.openingId(), decision.stage(),
                decision.stage().next(), decision.stageChangedAt(), decision.jobStartId(), decision.createdBy(),
                decision.createdAt(), decision.version(), decision.steps().stream().map(MatchStepView::of).toList());
    }
}
