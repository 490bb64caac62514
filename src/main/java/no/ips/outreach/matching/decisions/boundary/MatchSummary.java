package no.ips.outreach.matching.decisions.boundary;

import java.time.Instant;
import java.util.Set;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;

/** A match in a list, without its history (read {@code /matches/{id}} for that). */
public record MatchSummary(long id, long participantId, long openingId, MatchStage stage, Set<MatchStage> next,
                           Instant stageChangedAt, Long jobStartId, long version) {

    static MatchSummary of(MatchDecision decision) {
        return new MatchSummary(decision.id(), decision.participantId(), decision.openingId(), decision.stage(),
                decision.stage().next(), decision.stageChangedAt(), decision.jobStartId(), decision.version());
    }
}
