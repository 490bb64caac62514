package no.ips.outreach.matching.entity;

import java.util.List;

/**
 * How well an opening fits a participant: a score from 0 to 100 that is exactly the sum of its parts' points, and,
 * when one of the participant's own hard limits rules it out, the reason (an excluded industry, travel beyond their
 * maximum, or a requirement they lack).
 */
public record Match(int score, List<CriterionScore> parts, String exclusion) {

    public boolean excluded() {
        return exclusion != null;
    }
}
