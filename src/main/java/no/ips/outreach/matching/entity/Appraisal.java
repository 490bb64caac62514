package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A match's numbers before its words: the score and whether it is excluded, cheap enough to work out for every
 * opening, and {@link #explained()} for the few that are shown.
 */
public final class Appraisal {

    private final Assessment[] assessments;
    private final Weights weights;
    private final int score;
    private final boolean excluded;

    Appraisal(Assessment[] assessments, Weights weights) {
        this.assessments = assessments;
        this.weights = weights;
        int total = 0;
        boolean anyExclusion = false;
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length; i++) {
            total += assessments[i].points(weights.of(criteria[i]));
            anyExclusion |= assessments[i].excludes();
        }
        this.score = total;
        this.excluded = anyExclusion;
    }

    public int score() {
        return score;
    }

    public boolean excluded() {
        return excluded;
    }

    /** The full match, every part with its sentence; the parts add up to {@link #score()}. */
    public Match explained() {
        Criterion[] criteria = Criterion.values();
        List<CriterionScore> parts = new ArrayList<>(criteria.length);
        List<String> exclusions = new ArrayList<>(1);
        for (int i = 0; i < criteria.length; i++) {
            parts.add(assessments[i].weighted(criteria[i], weights.of(criteria[i])));
            if (assessments[i].excludes()) {
                exclusions.add(assessments[i].exclusion().get());
            }
        }
        return new Match(score, List.copyOf(parts), exclusions.isEmpty() ? null : String.join("; ", exclusions));
    }
}
