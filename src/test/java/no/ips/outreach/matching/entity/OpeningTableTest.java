package no.ips.outreach.matching.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OpeningTableTest {

    private static List<Ranking.Ranked<OpeningProfile>> everyOpeningAppraised(Matcher matcher, SeekerProfile seeker,
                                                                              List<OpeningProfile> openings,
                                                                              boolean includeExcluded, int limit) {
        return Ranking.best(openings, o -> matcher.appraise(seeker, o, Profiles.TODAY), o -> 100, o -> false,
                OpeningProfile::openingId, includeExcluded, limit);
    }

    private static List<String> scored(List<Ranking.Ranked<OpeningProfile>> ranked) {
        return ranked.stream().map(r -> r.candidate().openingId() + ":" + r.match().score() + ":" + r.match().excluded()).toList();
    }

    @Test
    void ranksExactlyAsAppraisingEveryOpeningForRandomParticipantsAndWeights() {
        var random = new RandomProfiles(11);
        List<OpeningProfile> openings = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            openings.add(random.opening());
        }
        OpeningTable<OpeningProfile> table = OpeningTable.of(openings, Function.identity());
        Random draw = new Random(5);
        for (int i = 0; i < 300; i++) {
            Matcher matcher = new Matcher(i % 3 == 0 ? random.weights() : Weights.DEFAULT);
            SeekerProfile seeker = random.seeker();
            boolean includeExcluded = draw.nextInt(4) == 0;
            int limit = 1 + draw.nextInt(60);

            var fast = table.rank(matcher, seeker, Profiles.TODAY, o -> true, includeExcluded, limit);

            assertThat(scored(fast)).as("participant %d", i)
                    .containsExactlyElementsOf(scored(everyOpeningAppraised(matcher, seeker, openings, includeExcluded, limit)));
        }
    }

    @Test
    void equalScoresComeLowestIdFirstWhateverOrderTheOpeningsCameIn() {
        OpeningProfile same = Profiles.opening().profile();
        List<OpeningProfile> twins = new ArrayList<>();
        for (long id : new long[] {50, 10, 40, 20, 30}) {
            twins.add(new OpeningProfile(id, 1, same.occupationCode(), same.employerNaceCode(), same.hoursPerWeek(),
                    same.shifts(), same.latitude(), same.longitude(), null, false, same.languages()));
        }
        SeekerProfile seeker = Profiles.seeker().occupations("5120").profile();

        var top = OpeningTable.of(twins, Function.identity())
                .rank(new Matcher(Weights.DEFAULT), seeker, Profiles.TODAY, o -> true, false, 3);

        assertThat(top).extracting(r -> r.candidate().openingId()).containsExactly(10L, 20L, 30L);
    }

    @Test
    void openingsThatAreNotEligibleAreLeftOutAndTheNextBestTakeTheirPlace() {
        var random = new RandomProfiles(3);
        List<OpeningProfile> openings = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            openings.add(random.opening());
        }
        Matcher matcher = new Matcher(Weights.DEFAULT);
        SeekerProfile seeker = random.seeker();
        var table = OpeningTable.of(openings, Function.identity());
        List<Long> best = table.rank(matcher, seeker, Profiles.TODAY, o -> true, true, 10).stream()
                .map(r -> r.candidate().openingId()).toList();

        var withoutTheBest = table.rank(matcher, seeker, Profiles.TODAY, o -> o.openingId() != best.get(0), true, 10);

        assertThat(withoutTheBest).extracting(r -> r.candidate().openingId())
                .doesNotContain(best.get(0)).containsSubsequence(best.subList(1, 10));
    }

    @Test
    void findsEveryOpeningScoringAtLeastTheMinimumThatTheirLimitsDoNotExclude() {
        var random = new RandomProfiles(19);
        List<OpeningProfile> openings = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            openings.add(random.opening());
        }
        Matcher matcher = new Matcher(Weights.DEFAULT);
        var table = OpeningTable.of(openings, Function.identity());
        for (int i = 0; i < 50; i++) {
            SeekerProfile seeker = random.seeker();

            var found = table.scoringAtLeast(matcher, seeker, Profiles.TODAY, 50);

            assertThat(found).containsExactlyInAnyOrderElementsOf(openings.stream().filter(o -> {
                Match match = matcher.score(seeker, o, Profiles.TODAY);
                return !match.excluded() && match.score() >= 50;
            }).toList());
        }
    }
}
