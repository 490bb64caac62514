package no.ips.outreach.matching.entity;

import java.util.EnumMap;
import java.util.Map;

/** Each criterion's maximum points; they add up to 100. Configured by outreach.matching.weight.* keys. */
public record Weights(Map<Criterion, Integer> points) {

    public static final Weights DEFAULT = new Weights(Map.of(
            Criterion.OCCUPATION, 40, Criterion.INDUSTRY, 10, Criterion.HOURS, 15, Criterion.SHIFTS, 10,
            Criterion.TRAVEL, 15, Criterion.START, 5, Criterion.REQUIREMENTS, 5));

    public Weights {
        points = new EnumMap<>(points);
        if (points.size() != Criterion.values().length) {
            throw new IllegalArgumentException("every criterion needs a weight: " + points.keySet());
        }
        int total = points.values().stream().mapToInt(Integer::intValue).sum();
        if (total != 100 || points.values().stream().anyMatch(p -> p < 0)) {
            throw new IllegalArgumentException("matching weights must be non-negative and add up to 100, not " + total);
        }
    }

    public int of(Criterion criterion) {
        return points.get(criterion);
    }
}
