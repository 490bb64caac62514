package no.ips.outreach.matching.entity;

import static no.ips.outreach.matching.entity.Profiles.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;
import org.junit.jupiter.api.Test;

/** Properties that hold for any participant and opening, checked on thousands of seeded random pairs. */
class MatcherPropertiesTest {

    private static final int PAIRS = 5_000;

    @Test
    void theScoreIsAlwaysExactlyTheSumOfItsPartsInCriterionOrder() {
        var random = new RandomProfiles(20260302L);
        for (int i = 0; i < PAIRS; i++) {
            Weights weights = i % 2 == 0 ? Weights.DEFAULT : random.weights();
            SeekerProfile seeker = random.seeker();
            OpeningProfile opening = random.opening();

            Match match = new Matcher(weights).score(seeker, opening, TODAY);

            assertThat(match.score()).as("%s %s", seeker, opening)
                    .isEqualTo(match.parts().stream().mapToInt(CriterionScore::points).sum())
                    .isBetween(0, 100);
            assertThat(match.parts()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
            for (CriterionScore part : match.parts()) {
                assertThat(part.maxPoints()).isEqualTo(weights.of(part.criterion()));
                assertThat(part.points()).as("%s", part).isBetween(0, part.maxPoints());
                assertThat(part.explanation()).isNotBlank();
            }
            assertThat(match.exclusion()).satisfiesAnyOf(e -> assertThat(e).isNull(), e -> assertThat(e).isNotBlank());
        }
    }

    @Test
    void scoringIsPureTheSameInputsGiveTheSameMatch() {
        var random = new RandomProfiles(7L);
        var matcher = new Matcher(Weights.DEFAULT);
        for (int i = 0; i < 500; i++) {
            SeekerProfile seeker = random.seeker();
            OpeningProfile opening = random.opening();

            assertThat(matcher.score(seeker, opening, TODAY)).isEqualTo(matcher.score(seeker, opening, TODAY));
        }
    }

    @Test
    void addingAnOccupationNeverExcludesAnOpeningNorLowersItsOccupationPoints() {
        var random = new RandomProfiles(42L);
        var matcher = new Matcher(Weights.DEFAULT);
        for (int i = 0; i < PAIRS; i++) {
            SeekerProfile seeker = random.seeker();
            List<OpeningProfile> openings = List.of(random.opening(), random.opening(), random.opening());
            SeekerProfile wider = withOccupations(seeker, random.occupation());
            int bestBefore = 0;
            int bestAfter = 0;
            for (OpeningProfile opening : openings) {
                Match before = matcher.score(seeker, opening, TODAY);
                Match after = matcher.score(wider, opening, TODAY);

                assertThat(after.exclusion()).isEqualTo(before.exclusion());
                assertThat(occupationPoints(after)).isGreaterThanOrEqualTo(occupationPoints(before));
                bestBefore = Math.max(bestBefore, occupationPoints(before));
                bestAfter = Math.max(bestAfter, occupationPoints(after));
            }
            assertThat(bestAfter).isGreaterThanOrEqualTo(bestBefore);
        }
    }

    @Test
    void acceptingOneMoreShiftNeverLowersTheShiftPointsOnceAnyAreStated() {
        var random = new RandomProfiles(99L);
        var matcher = new Matcher(Weights.DEFAULT);
        for (int i = 0; i < PAIRS; i++) {
            SeekerProfile seeker = random.seeker();
            if (seeker.shifts().isEmpty()) {
                continue;
            }
            OpeningProfile opening = random.opening();
            Set<Shift> more = EnumSet.copyOf(seeker.shifts());
            more.add(random.shift());
            SeekerProfile wider = new SeekerProfile(seeker.participantId(), seeker.occupations(), seeker.desiredIndustries(),
                    seeker.excludedIndustries(), seeker.hoursMin(), seeker.hoursMax(), more, seeker.maxTravelKm(),
                    seeker.homeLatitude(), seeker.homeLongitude(), seeker.drivingLicence(), seeker.languages(), seeker.earliestStart());

            Match before = matcher.score(seeker, opening, TODAY);
            Match after = matcher.score(wider, opening, TODAY);

            assertThat(after.exclusion()).isEqualTo(before.exclusion());
            assertThat(points(after, Criterion.SHIFTS)).isGreaterThanOrEqualTo(points(before, Criterion.SHIFTS));
        }
    }

    @Test
    void onlyTheParticipantsOwnHardLimitsEverExclude() {
        var random = new RandomProfiles(5L);
        var matcher = new Matcher(Weights.DEFAULT);
        for (int i = 0; i < PAIRS; i++) {
            SeekerProfile s = random.seeker();
            OpeningProfile opening = random.opening();
            SeekerProfile limitsOnly = new SeekerProfile(s.participantId(), List.of(), Set.of(), s.excludedIndustries(), null, null,
                    Set.of(), s.maxTravelKm(), s.homeLatitude(), s.homeLongitude(), s.drivingLicence(), s.languages(), null);

            assertThat(matcher.score(s, opening, TODAY).exclusion()).isEqualTo(matcher.score(limitsOnly, opening, TODAY).exclusion());
        }
    }

    private static SeekerProfile withOccupations(SeekerProfile seeker, String another) {
        List<String> occupations = new ArrayList<>(seeker.occupations());
        if (!occupations.contains(another)) {
            occupations.add(another);
        }
        return new SeekerProfile(seeker.participantId(), occupations, seeker.desiredIndustries(), seeker.excludedIndustries(),
                seeker.hoursMin(), seeker.hoursMax(), seeker.shifts(), seeker.maxTravelKm(), seeker.homeLatitude(),
                seeker.homeLongitude(), seeker.drivingLicence(), seeker.languages(), seeker.earliestStart());
    }

    private static int occupationPoints(Match match) {
        return points(match, Criterion.OCCUPATION);
    }

    private static int points(Match match, Criterion criterion) {
        return match.parts().get(criterion.ordinal()).points();
    }
}
