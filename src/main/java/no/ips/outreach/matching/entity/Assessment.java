package no.ips.outreach.matching.entity;

import java.util.function.Supplier;

/**
 * One criterion judged before it is weighted: the share of its points earned (0 to 1), the sentence that says why,
 * and, when one of the participant's own hard limits is crossed, the reason it excludes the opening. The sentences
 * are written only when asked for: ranking thousands of openings needs the numbers, the top few need the words.
 */
record Assessment(double share, Supplier<String> explanation, Supplier<String> exclusion) {

    static final double HALF = 0.5;

    Assessment {
        share = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    }

    static Assessment of(double share, Supplier<String> explanation) {
        return new Assessment(share, explanation, null);
    }

    static Assessment excluded(Supplier<String> explanation, Supplier<String> exclusion) {
        return new Assessment(0, explanation, exclusion);
    }

    boolean excludes() {
        return exclusion != null;
    }

    /** Whole points out of {@code max}; rounding happens here only, so the parts always add up to the score. */
    int points(int max) {
        return (int) Math.round(share * max);
    }

    CriterionScore weighted(Criterion criterion, int max) {
        return new CriterionScore(criterion, points(max), max, explanation.get());
    }
}
