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
        Assessment[] assessments = new Assessment[Criterion.values().length];
        assessments[Criterion.OCCUPATION.ordinal()] = OccupationFit.assess(seeker, opening, occupationTitles);
        assessments[Criterion.INDUSTRY.ordinal()] = IndustryFit.assess(seeker, opening);
        assessments[Criterion.HOURS.ordinal()] = ScheduleFit.hours(seeker, opening);
        assessments[Criterion.SHIFTS.ordinal()] = ScheduleFit.shifts(seeker, opening);
        assessments[Criterion.TRAVEL.ordinal()] = TravelFit.assess(seeker, opening);
        assessments[Criterion.START.ordinal()] = ScheduleFit.start(seeker, opening, today);
        assessments[Criterion.REQUIREMENTS.ordinal()] = RequirementsFit.assess(seeker, opening);
        return new Appraisal(assessments, weights);
    }
}
