package no.ips.outreach.matching.entity;

import static no.ips.outreach.matching.entity.Profiles.TODAY;
import static no.ips.outreach.matching.entity.Profiles.opening;
import static no.ips.outreach.matching.entity.Profiles.seeker;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Speaking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One criterion at a time, with the default weights: occupation 40, industry 10, hours 15, shifts 10, travel 15, start 5, requirements 5. */
class MatcherTest {

    private static final Map<String, String> TITLES = Map.of("5", "Service and sales workers", "51", "Personal service workers",
            "512", "Cooks", "5120", "Cooks", "5131", "Waiters", "9412", "Kitchen helpers");
    private final Matcher matcher = new Matcher(Weights.DEFAULT, TITLES::get);

    private Match match(Profiles.Seeker seeker, Profiles.Opening opening) {
        return matcher.score(seeker.profile(), opening.profile(), TODAY);
    }

    private CriterionScore part(Match match, Criterion criterion) {
        return match.parts().stream().filter(part -> part.criterion() == criterion).findFirst().orElseThrow();
    }

    private CriterionScore part(Profiles.Seeker seeker, Profiles.Opening opening, Criterion criterion) {
        return part(match(seeker, opening), criterion);
    }

    @Test
    void aPerfectFitScoresAllHundredPointsWithEveryCriterionExplained() {
        Match match = match(seeker(), opening());

        assertThat(match.score()).isEqualTo(100);
        assertThat(match.excluded()).isFalse();
        assertThat(match.parts()).extracting(CriterionScore::criterion).containsExactly(Criterion.values());
        assertThat(match.parts()).extracting(CriterionScore::explanation).containsExactly(
                "Cooks (5120) is their 1st choice",
                "Industry 56.101 is one they want (56)",
                "20 h/week is within their 15-30 h",
                "They accept all its shifts (day)",
                "Workplace is 0.0 km from home (great-circle), within their 10 km",
                "Starts now; they can start any time",
                "No special requirements");
    }

    @Test
    void everyCriterionIsExplainedInBokmalAndDanishToo() {
        assertThat(Speaking.in(Language.NB, () -> match(seeker(), opening()).parts())).extracting(CriterionScore::explanation)
                .containsExactly(
                        "Cooks (5120) er deltakerens 1. valg",
                        "Bransje 56.101 er en deltakeren ønsker (56)",
                        "20 t/uke er innenfor deltakerens 15–30 t",
                        "Deltakeren kan jobbe alle vaktene (dag)",
                        "Arbeidsstedet er 0,0 km hjemmefra (luftlinje), innenfor deltakerens 10 km",
                        "Starter nå; deltakeren kan starte når som helst",
                        "Ingen særlige krav");
        var opening = opening();
        opening.hoursPerWeek = new java.math.BigDecimal("37.5");
        assertThat(Speaking.in(Language.DA, () -> part(seeker(), opening, Criterion.HOURS).explanation()))
                .isEqualTo("37,5 t/uge er 7,5 t over deltagerens 15-30 t");
    }

    @ParameterizedTest(name = "{0} for a cook: {1} points")
    @CsvSource({"5120, 40", "5121, 28", "5131, 16", "5223, 8", "9412, 0"})
    void theCloserInTheIscoHierarchyTheMoreOccupationPoints(String code, int points) {
        var opening = opening();
        opening.occupationCode = code;

        assertThat(part(seeker(), opening, Criterion.OCCUPATION).points()).isEqualTo(points);
    }

    @Test
    void theOccupationExplanationNamesTheLevelAndTheChoice() {
        var opening = opening();
        opening.occupationCode = "5121";
        assertThat(part(seeker().occupations("9412", "5120"), opening, Criterion.OCCUPATION).explanation())
                .isEqualTo("Same minor group as their 2nd choice (512 Cooks)");
        opening.occupationCode = "5131";
        assertThat(part(seeker(), opening, Criterion.OCCUPATION).explanation())
                .isEqualTo("Same sub-major group as their 1st choice (51 Personal service workers)");
        opening.occupationCode = "9412";
        assertThat(part(seeker(), opening, Criterion.OCCUPATION).explanation())
                .isEqualTo("Kitchen helpers (9412) is not in the same major group as any of their choices");
    }

    @ParameterizedTest(name = "unit group as choice {0}: {1} points")
    @CsvSource({"1, 40", "2, 36", "3, 32", "5, 24", "6, 20", "10, 20"})
    void laterChoicesCountLessButNeverUnderHalf(int choice, int points) {
        String[] codes = {"1111", "1112", "1113", "1114", "1120", "1211", "1212", "1213", "1219", "1221"};
        codes[choice - 1] = "5120";

        CriterionScore part = part(seeker().occupations(codes), opening(), Criterion.OCCUPATION);

        assertThat(part.points()).isEqualTo(points);
        assertThat(part.explanation()).isEqualTo("Cooks (5120) is their " + OccupationFit.ordinal(choice) + " choice");
    }

    @Test
    void theBestOfTheirChoicesCountsSoASecondChoiceUnitBeatsAFirstChoiceMinorGroup() {
        var opening = opening();
        opening.occupationCode = "5120";

        assertThat(part(seeker().occupations("5121", "5120"), opening, Criterion.OCCUPATION).points()).isEqualTo(36);
    }

    @Test
    void aBroaderGroupTheyChoseCountsFullyForEveryUnitInIt() {
        CriterionScore part = part(seeker().occupations("512"), opening(), Criterion.OCCUPATION);

        assertThat(part.points()).isEqualTo(40);
        assertThat(part.explanation()).isEqualTo("Cooks (5120) is their 1st choice (within 512 Cooks)");
    }

    @Test
    void noOccupationsStatedEarnsNoOccupationPoints() {
        CriterionScore part = part(seeker().occupations(), opening(), Criterion.OCCUPATION);

        assertThat(part.points()).isZero();
        assertThat(part.explanation()).isEqualTo("No occupations stated");
    }

    @Test
    void withoutTitlesTheExplanationUsesTheCodes() {
        var match = new Matcher(Weights.DEFAULT).score(seeker().profile(), opening().profile(), TODAY);

        assertThat(part(match, Criterion.OCCUPATION).explanation()).isEqualTo("5120 is their 1st choice");
    }

    @Test
    void anExcludedIndustryExcludesButKeepsTheScoreAndItsParts() {
        var seeker = seeker();
        seeker.desiredIndustries.clear();
        seeker.excludedIndustries.add("56");

        Match match = match(seeker, opening());

        assertThat(match.exclusion()).isEqualTo("works in an industry they excluded (56)");
        assertThat(part(match, Criterion.INDUSTRY).points()).isZero();
        assertThat(match.score()).isEqualTo(90).isEqualTo(match.parts().stream().mapToInt(CriterionScore::points).sum());
    }

    @Test
    void aNarrowerExcludedPrefixWinsOverABroaderDesiredOne() {
        var seeker = seeker();
        seeker.excludedIndustries.add("56.3");
        var bar = opening();
        bar.employerNaceCode = "56.301";

        assertThat(match(seeker, bar).exclusion()).isEqualTo("works in an industry they excluded (56.3)");
        assertThat(match(seeker, opening()).excluded()).isFalse();
    }

    @Test
    void industryPointsForDesiredNoPreferenceAndOther() {
        var shop = opening();
        shop.employerNaceCode = "47.111";
        var none = seeker();
        none.desiredIndustries.clear();

        assertThat(part(seeker(), opening(), Criterion.INDUSTRY).points()).isEqualTo(10);
        assertThat(part(none, shop, Criterion.INDUSTRY)).extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(5, "Industry 47.111: no industry preference");
        assertThat(part(seeker(), shop, Criterion.INDUSTRY)).extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(0, "Industry 47.111 is not one they want (56)");
    }

    @ParameterizedTest(name = "{0} h/week for 15-30 h: {1} points")
    @CsvSource({"15, 15", "30, 15", "22.5, 15", "14, 14", "31, 14", "37.5, 8", "0, 0", "45, 0", "60, 0"})
    void hoursWithinTheRangeEarnAllAndOutsideFallToNothingAt15HoursAway(String hours, int points) {
        assertThat(part(seeker(), opening().hours(hours), Criterion.HOURS).points()).isEqualTo(points);
    }

    @Test
    void hoursExplanationsSayHowFarOutsideAndTreatAMissingSideAsOpen() {
        assertThat(part(seeker(), opening().hours("37.5"), Criterion.HOURS).explanation())
                .isEqualTo("37.5 h/week is 7.5 h above their 15-30 h");
        assertThat(part(seeker().hours("20", null), opening().hours("60"), Criterion.HOURS))
                .extracting(CriterionScore::points, CriterionScore::explanation).containsExactly(15, "60 h/week meets their minimum of 20 h");
        assertThat(part(seeker().hours(null, "10"), opening().hours("12"), Criterion.HOURS))
                .extracting(CriterionScore::points, CriterionScore::explanation).containsExactly(13, "12 h/week is 2 h above their maximum of 10 h");
        assertThat(part(seeker().hours(null, null), opening(), Criterion.HOURS))
                .extracting(CriterionScore::points, CriterionScore::explanation).containsExactly(8, "20 h/week: no hours preference");
    }

    @Test
    void shiftsEarnTheShareOfTheOpeningsShiftsTheyAccept() {
        var seeker = seeker();

        assertThat(part(seeker, opening().shifts(Shift.DAY, Shift.EVENING), Criterion.SHIFTS).points()).isEqualTo(10);
        assertThat(part(seeker, opening().shifts(Shift.DAY, Shift.NIGHT), Criterion.SHIFTS))
                .extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(5, "They accept 1 of its 2 shifts (day; not night)");
        assertThat(part(seeker, opening().shifts(Shift.DAY, Shift.NIGHT, Shift.WEEKEND), Criterion.SHIFTS).points()).isEqualTo(3);
        assertThat(part(seeker, opening().shifts(Shift.NIGHT), Criterion.SHIFTS).points()).isZero();
    }

    @Test
    void shiftsNotStatedOnEitherSideEarnHalf() {
        assertThat(part(seeker().shifts(), opening(), Criterion.SHIFTS).points()).isEqualTo(5);
        assertThat(part(seeker(), opening().shifts(), Criterion.SHIFTS).points()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0} km with a 10 km maximum: {1} points")
    @CsvSource({"0, 15", "3.2, 12", "5, 10", "9.96, 5", "10, 5"})
    void travelFallsFromFullAtHomeToAThirdAtTheirMaximum(double km, int points) {
        Match match = match(seeker(), opening().kmNorthOfHome(km));

        assertThat(match.excluded()).isFalse();
        assertThat(part(match, Criterion.TRAVEL).points()).isEqualTo(points);
    }

    @Test
    void travelExplanationGivesTheGreatCircleDistanceAndTheirMaximum() {
        assertThat(part(seeker(), opening().kmNorthOfHome(3.2), Criterion.TRAVEL).explanation())
                .isEqualTo("Workplace is 3.2 km from home (great-circle), within their 10 km");
    }

    @Test
    void travelBeyondTheirMaximumExcludesWithTheDistanceReadAloud() {
        var seeker = seeker();
        Match justBeyond = match(seeker, opening().kmNorthOfHome(10.1));
        Match far = match(seeker, opening().kmNorthOfHome(12.4));

        assertThat(justBeyond.exclusion()).isEqualTo("10.1 km is beyond their 10 km");
        assertThat(far.exclusion()).isEqualTo("12.4 km is beyond their 10 km");
        assertThat(part(far, Criterion.TRAVEL).points()).isZero();
    }

    @ParameterizedTest(name = "{0} km with no maximum: {1} points")
    @CsvSource({"0, 15", "5, 15", "27.5, 8", "50, 0", "300, 0"})
    void withoutAMaximumTravelIsFullWithin5KmAndNothingFrom50Km(double km, int points) {
        var seeker = seeker();
        seeker.maxTravelKm = null;

        Match match = match(seeker, opening().kmNorthOfHome(km));

        assertThat(match.excluded()).isFalse();
        assertThat(part(match, Criterion.TRAVEL).points()).isEqualTo(points);
    }

    @Test
    void anUnknownDistanceEarnsHalfAndNeverExcludes() {
        var homeless = seeker();
        homeless.homeLatitude = null;
        var unplaced = opening();
        unplaced.longitude = null;

        assertThat(part(homeless, opening(), Criterion.TRAVEL)).extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(8, "Distance unknown: no home location stated");
        Match match = match(seeker(), unplaced);
        assertThat(part(match, Criterion.TRAVEL).explanation()).startsWith("Distance unknown");
        assertThat(match.excluded()).isFalse();
    }

    @Test
    void aMaximumConvertedFromMinutesIsSaidToATenthOfAKilometre() {
        var seeker = seeker();
        seeker.maxTravelKm = 70.0 / 3;

        assertThat(match(seeker, opening().kmNorthOfHome(25)).exclusion()).isEqualTo("25.0 km is beyond their 23.3 km");
    }

    @ParameterizedTest(name = "starts {0} days before their earliest start: {1} points")
    @CsvSource({"-10, 5", "0, 5", "1, 5", "30, 3", "59, 0", "60, 0", "90, 0"})
    void anOpeningStartingBeforeTheyCanStartLosesStartPointsOverSixtyDays(int daysEarly, int points) {
        var seeker = seeker();
        seeker.earliestStart = TODAY.plusDays(90);
        var opening = opening();
        opening.startDate = TODAY.plusDays(90 - daysEarly);

        assertThat(part(seeker, opening, Criterion.START).points()).isEqualTo(points);
    }

    @Test
    void anOpeningWithoutOrPastItsStartDateStartsToday() {
        var seeker = seeker();
        seeker.earliestStart = TODAY.plusDays(30);
        var undated = opening();
        var past = opening();
        past.startDate = TODAY.minusDays(100);

        assertThat(part(seeker, undated, Criterion.START)).extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(3, "Starts now, 30 days before they can start (2026-04-01)");
        assertThat(part(seeker, past, Criterion.START).points()).isEqualTo(3);
    }

    @Test
    void aDrivingLicenceOrLanguageTheyLackExcludes() {
        var driving = opening();
        driving.drivingLicence = true;
        var english = opening();
        english.languages.addAll(Set.of("en", "no"));

        assertThat(match(seeker(), driving).exclusion()).isEqualTo("needs a driving licence");
        assertThat(match(seeker(), english).exclusion()).isEqualTo("needs en");
        assertThat(part(seeker(), english, Criterion.REQUIREMENTS).points()).isZero();
    }

    @Test
    void requirementsTheyMeetEarnFullPoints() {
        var seeker = seeker();
        seeker.drivingLicence = true;
        seeker.languages.add("EN");
        var opening = opening();
        opening.drivingLicence = true;
        opening.languages.add("en");

        assertThat(part(seeker, opening, Criterion.REQUIREMENTS)).extracting(CriterionScore::points, CriterionScore::explanation)
                .containsExactly(5, "They meet its requirements (driving licence; languages en)");
    }

    @Test
    void severalHardLimitsAreAllNamedInCriterionOrder() {
        var seeker = seeker();
        seeker.excludedIndustries.add("56.1");
        var opening = opening().kmNorthOfHome(20);
        opening.drivingLicence = true;
        opening.languages.add("en");

        Match match = match(seeker, opening);

        assertThat(match.exclusion()).isEqualTo("works in an industry they excluded (56.1); 20.0 km is beyond their 10 km; "
                + "needs a driving licence; needs en");
        assertThat(match.score()).isEqualTo(match.parts().stream().mapToInt(CriterionScore::points).sum());
    }

    @Test
    void otherWeightsScaleEachCriterion() {
        var weights = new Weights(Map.of(Criterion.OCCUPATION, 10, Criterion.INDUSTRY, 10, Criterion.HOURS, 10,
                Criterion.SHIFTS, 10, Criterion.TRAVEL, 50, Criterion.START, 5, Criterion.REQUIREMENTS, 5));

        Match match = new Matcher(weights).score(seeker().profile(), opening().kmNorthOfHome(10).profile(), TODAY);

        assertThat(part(match, Criterion.TRAVEL)).extracting(CriterionScore::points, CriterionScore::maxPoints).containsExactly(17, 50);
        assertThat(match.score()).isEqualTo(67);
    }
}
