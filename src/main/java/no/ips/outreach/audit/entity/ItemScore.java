package no.ips.outreach.audit.entity;

import java.util.Objects;

/**
 * One item's score with the reason a manager can check by hand: {@code rule} names the thresholds applied and the
 * band the figure fell in. An item without enough data is not scored rather than scored low, and says why.
 */
public record ItemScore(FidelityItem item, Integer score, String rule, String notScoredBecause) {

    public ItemScore {
        Objects.requireNonNull(item, "item");
        if (score == null) {
            Objects.requireNonNull(notScoredBecause, "notScoredBecause");
        } else if (score < 1 || score > 5) {
            throw new IllegalArgumentException("A fidelity score is 1-5, not " + score + ".");
        } else {
            Objects.requireNonNull(rule, "rule");
            if (notScoredBecause != null) {
                throw new IllegalArgumentException("A scored item cannot also be not scored.");
            }
        }
    }

    public static ItemScore scored(FidelityItem item, int score, String rule) {
        return new ItemScore(item, score, rule, null);
    }

    public static ItemScore notScored(FidelityItem item, String reason) {
        return new ItemScore(item, null, null, reason);
    }

    public boolean isScored() {
        return score != null;
    }
}
