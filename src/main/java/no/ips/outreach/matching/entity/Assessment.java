package no.ips.outreach.matching.entity;

/**
 * One criterion judged before it is weighted: the share of its points earned (0 to 1), the sentence that says why,
 * and, when one of the participant's own hard limits is crossed, the reason it excludes the opening.
 */
record Assessment(double share, String explanation, String exclusion) {

    static final double HALF = 0.5;

    Assessment {
        share = Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
    }

    static Assessment of(double share, String explanation) {
        return new Assessment(share, explanation, null);
    }

    static Assessment excluded(String explanation, String exclusion) {
        return new Assessment(0, explanation, exclusion);
    }

    /** Whole points out of {@code max}; rounding happens here only, so the parts always add up to the score. */
    CriterionScore weighted(Criterion criterion, int max) {
        return new CriterionScore(criterion, (int) Math.round(share * max), max, explanation);
    }
}
