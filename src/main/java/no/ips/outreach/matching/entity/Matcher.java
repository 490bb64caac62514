package no.ips.outreach.matching.entity;

import java.time.LocalDate;
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
        return appraise(seeker, opening, today).explained();
    }

    /**
     * The most this pair can score: its exact occupation points, the most its travel can earn by the latitude gap,
     * and every other criterion's full weight. Cheap, so a ranking can skip the full appraisal of a candidate that
     * could not make its top anyway.
     */
    public int upperBound(SeekerProfile seeker, OpeningProfile opening) {
        int occupation = weights.of(Criterion.OCCUPATION);
        int travel = weights.of(Criterion.TRAVEL);
        return (int) Math.round(OccupationFit.share(seeker, opening) * occupation)
                + (int) Math.round(TravelFit.upperShare(seeker, opening) * travel)
                + (100 - occupation - travel);
    }

    /**
     * Whether one of the participant's own hard limits certainly rules the opening out, judged cheaply: an excluded
     * industry, a requirement they lack, or a latitude gap alone beyond their travel maximum. False means "maybe".
     */
    public boolean certainlyExcluded(SeekerProfile seeker, OpeningProfile opening) {
        return IndustryFit.excludes(seeker, opening) || RequirementsFit.excludes(seeker, opening)
                || TravelFit.certainlyBeyond(seeker, opening);
    }

    /** The score and exclusion without the sentences, for ranking many openings; explain the ones shown. */
    public Appraisal appraise(SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        Criterion[] criteria = Criterion.values();
        Assessment[] assessments = new Assessment[criteria.length];
        for (Criterion criterion : criteria) {
            assessments[criterion.ordinal()] = assess(criterion, seeker, opening, today);
        }
        return new Appraisal(assessments, weights);
    }

    /** One criterion alone: each reads only its own fields of the opening, which {@link OpeningTable} relies on. */
    Assessment assess(Criterion criterion, SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        return switch (criterion) {
            case OCCUPATION -> OccupationFit.assess(seeker, opening, occupationTitles);
            case INDUSTRY -> IndustryFit.assess(seeker, opening);
            case HOURS -> ScheduleFit.hours(seeker, opening);
            case SHIFTS -> ScheduleFit.shifts(seeker, opening);
            case TRAVEL -> TravelFit.assess(seeker, opening);
            case START -> ScheduleFit.start(seeker, opening, today);
            case REQUIREMENTS -> RequirementsFit.assess(seeker, opening);
        };
    }

    int weight(Criterion criterion) {
        return weights.of(criterion);
    }
}
