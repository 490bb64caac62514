package no.ips.outreach.matching.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private final Matcher matcher = new Matcher(Weights.DEFAULT);
    private final SeekerProfile seeker = Profiles.seeker().occupations("5120", "9412").hours("20", "30").profile();

    /** Openings at growing distance from home, so each scores a little lower than the one before. */
    private static List<OpeningProfile> openingsGoingFurther(int count) {
        List<OpeningProfile> openings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            OpeningProfile base = Profiles.opening().kmNorthOfHome(i * 0.7).profile();
            openings.add(new OpeningProfile(1000 + i, base.employerId(), base.occupationCode(), base.employerNaceCode(),
                    base.hoursPerWeek(), base.shifts(), base.latitude(), base.longitude(), base.startDate(),
                    base.drivingLicence(), base.languages()));
        }
        return openings;
    }

    private List<Ranking.Ranked<OpeningProfile>> best(List<OpeningProfile> openings, boolean includeExcluded, int limit) {
        return exhaustive(openings, seeker, includeExcluded, limit);
    }

    /** Every candidate appraised: no bound prunes anything, nothing is taken as certainly excluded. */
    private List<Ranking.Ranked<OpeningProfile>> exhaustive(List<OpeningProfile> openings, SeekerProfile who,
                                                            boolean includeExcluded, int limit) {
        return Ranking.best(openings, opening -> matcher.appraise(who, opening, Profiles.TODAY), opening -> 100,
                opening -> false, OpeningProfile::openingId, includeExcluded, limit);
    }

    @Test
    void theTopAreTheBestScoresInOrderWithTheirExplanations() {
        List<OpeningProfile> openings = openingsGoingFurther(40);

        var top = best(openings, true, 5);

        List<Integer> allScores = openings.stream().map(o -> matcher.score(seeker, o, Profiles.TODAY).score())
                .sorted((a, b) -> b - a).limit(5).toList();
        assertThat(top).extracting(r -> r.match().score()).containsExactlyElementsOf(allScores);
        assertThat(top).allSatisfy(r -> assertThat(r.match().parts()).hasSize(Criterion.values().length));
    }

    @Test
    void equalScoresGoToTheLowerIdSoARankingIsStable() {
        OpeningProfile same = Profiles.opening().profile();
        List<OpeningProfile> twins = List.of(
                new OpeningProfile(30, 1, same.occupationCode(), same.employerNaceCode(), same.hoursPerWeek(), same.shifts(),
                        same.latitude(), same.longitude(), null, false, same.languages()),
                new OpeningProfile(10, 1, same.occupationCode(), same.employerNaceCode(), same.hoursPerWeek(), same.shifts(),
                        same.latitude(), same.longitude(), null, false, same.languages()),
                new OpeningProfile(20, 1, same.occupationCode(), same.employerNaceCode(), same.hoursPerWeek(), same.shifts(),
                        same.latitude(), same.longitude(), null, false, same.languages()));

        assertThat(best(twins, true, 2)).extracting(r -> r.candidate().openingId()).containsExactly(10L, 20L);
    }

    @Test
    void excludedOpeningsAreLeftOutUnlessAskedFor() {
        SeekerProfile nearOnly = Profiles.seeker().occupations("5120").profile();
        List<OpeningProfile> openings = openingsGoingFurther(60);
        long excluded = openings.stream().filter(o -> matcher.score(nearOnly, o, Profiles.TODAY).excluded()).count();

        var kept = exhaustive(openings, nearOnly, false, 100);
        var all = exhaustive(openings, nearOnly, true, 100);

        assertThat(kept).hasSize(60 - (int) excluded).noneMatch(r -> r.match().excluded());
        assertThat(all).hasSize(60);
    }

    @Test
    void skippingByTheUpperBoundGivesTheSameTopAsAppraisingEverything() {
        var random = new java.util.Random(42);
        List<OpeningProfile> openings = new ArrayList<>();
        String[] codes = {"5120", "5131", "9412", "2512", "7411", "5223", "9112"};
        for (int i = 0; i < 3_000; i++) {
            OpeningProfile base = Profiles.opening().kmNorthOfHome(random.nextDouble() * 12).profile();
            openings.add(new OpeningProfile(i, base.employerId(), codes[random.nextInt(codes.length)], base.employerNaceCode(),
                    base.hoursPerWeek(), base.shifts(), base.latitude(), base.longitude(), null, false, base.languages()));
        }

        var bounded = Ranking.best(openings, o -> matcher.appraise(seeker, o, Profiles.TODAY), o -> matcher.upperBound(seeker, o),
                o -> matcher.certainlyExcluded(seeker, o), OpeningProfile::openingId, true, 25);
        var boundedWithoutExcluded = Ranking.best(openings, o -> matcher.appraise(seeker, o, Profiles.TODAY),
                o -> matcher.upperBound(seeker, o), o -> matcher.certainlyExcluded(seeker, o), OpeningProfile::openingId, false, 25);
        var exhaustive = best(openings, true, 25);

        assertThat(bounded).extracting(r -> r.candidate().openingId())
                .containsExactlyElementsOf(exhaustive.stream().map(r -> r.candidate().openingId()).toList());
        assertThat(boundedWithoutExcluded).extracting(r -> r.candidate().openingId())
                .containsExactlyElementsOf(best(openings, false, 25).stream().map(r -> r.candidate().openingId()).toList());
        assertThat(openings).allSatisfy(o -> assertThat(matcher.upperBound(seeker, o))
                .isGreaterThanOrEqualTo(matcher.score(seeker, o, Profiles.TODAY).score()));
    }

    @Test
    void theUpperBoundIsNeverBelowTheScoreForRandomPairs() {
        var random = new RandomProfiles(7);
        for (int i = 0; i < 5_000; i++) {
            SeekerProfile someone = random.seeker();
            OpeningProfile something = random.opening();
            Match match = matcher.score(someone, something, Profiles.TODAY);
            assertThat(matcher.upperBound(someone, something)).as("pair %d", i).isGreaterThanOrEqualTo(match.score());
            if (matcher.certainlyExcluded(someone, something)) {
                assertThat(match.excluded()).as("pair %d", i).isTrue();
            }
        }
    }
}
