package no.ips.outreach.matching.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores an opening for a participant. Pure: the same inputs always give the same match, and the explanation always
 * adds up to the score. Zero exclusion: only the participant's own hard limits exclude (an industry they excluded,
 * travel beyond their maximum, a requirement they lack), and an excluded match still carries its score and parts.
 */
public final class Matcher {

    private final Weights weights;
    private final Function<String, String> occupationTitles;

    public Matcher(Weights weights) {
        this(weights, code -> null);
    }

    /** With occupation titles for the explanations, e.g. {@code code -> catalogue.find(code).map(Occupation::titleEn)}. */
    public Matcher(Weights weights, Function<String, String> occupationTitles) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.occupationTitles = Objects.requireNonNull(occupationTitles, "occupationTitles");
    }

    public Match score(SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        Map<Criterion, Assessment> assessments = new EnumMap<>(Criterion.class);
        assessments.put(Criterion.OCCUPATION, OccupationFit.assess(seeker, opening, occupationTitles));
        assessments.put(Criterion.INDUSTRY, IndustryFit.assess(seeker, opening));
        assessments.put(Criterion.HOURS, ScheduleFit.hours(seeker, opening));
        assessments.put(Criterion.SHIFTS, ScheduleFit.shifts(seeker, opening));
        assessments.put(Criterion.TRAVEL, TravelFit.assess(seeker, opening));
        assessments.put(Criterion.START, ScheduleFit.start(seeker, opening, today));
        assessments.put(Criterion.REQUIREMENTS, RequirementsFit.assess(seeker, opening));

        List<CriterionScore> parts = new ArrayList<>(assessments.size());
        List<String> exclusions = new ArrayList<>(1);
        int score = 0;
        for (var entry : assessments.entrySet()) {
            CriterionScore part = entry.getValue().weighted(entry.getKey(), weights.of(entry.getKey()));
            parts.add(part);
            score += part.points();
            if (entry.getValue().exclusion() != null) {
                exclusions.add(entry.getValue().exclusion());
            }
        }
        return new Match(score, List.copyOf(parts), exclusions.isEmpty() ? null : String.join("; ", exclusions));
    }
}
