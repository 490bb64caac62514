package no.ips.outreach.audit.entity;

import java.util.Map;
import no.ips.outreach.platform.language.Messages;

/**
 * One fidelity item: its score (or why it cannot be scored) with every input the score came from, so that a
 * fidelity reviewer can check the number by hand. The title is the item's label in the reader's language.
 */
public record ScorecardLine(FidelityItem item, String title, Integer score, String rule, String notScoredBecause,
                            Map<String, Object> inputs) {

    static ScorecardLine of(ItemScore score, Map<String, Object> inputs) {
        return new ScorecardLine(score.item(), Messages.label(score.item()), score.score(), score.rule(),
                score.notScoredBecause(), inputs);
    }
}
