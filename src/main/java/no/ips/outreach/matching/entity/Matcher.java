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
