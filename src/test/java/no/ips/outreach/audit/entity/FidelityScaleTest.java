package no.ips.outreach.audit.entity;

import static no.ips.outreach.audit.entity.ContactLogReview.MONTHLY;
import static no.ips.outreach.audit.entity.ContactLogReview.NONE;
import static no.ips.outreach.audit.entity.ContactLogReview.WEEKLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.Speaking;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FidelityScaleTest {

    @ParameterizedTest
    @CsvSource({"0, 5", "20, 5", "20.5, 4", "25, 4", "25.01, 3", "26, 3", "30, 3", "31, 2", "40, 2", "40.5, 1", "41, 1"})
    void caseload(double participantsPerSpecialist, int score) {
        assertThat(FidelityScale.caseload(participantsPerSpecialist).score()).isEqualTo(score);
    }

    @Test
    void theRuleNamesTheBandAndTheFigure() {
        ItemScore caseload = FidelityScale.caseload(22.5);
        assertThat(caseload.item()).isEqualTo(FidelityItem.CASELOAD);
        assertThat(caseload.rule()).isEqualTo(
                "A caseload of more than 20 and at most 25 participants per specialist scores 4; 22.5 is in that band.");
        assertThat(FidelityScale.individualizedJobSearch(100.0 / 3).rule()).endsWith("; 33.33% is in that band.");
    }

    @Test
    void aFigureJustPastAThresholdIsNotShownRoundedOntoIt() {
        assertThat(FidelityScale.caseload(20.001).rule()).endsWith("; 20.001 is in that band.");
        assertThat(FidelityScale.competitiveJobs(94.999).rule()).endsWith("; 94.999% is in that band.");
    }

    @ParameterizedTest
    @CsvSource({"0, 5", "29, 5", "30, 5", "30.5, 4", "31, 4", "60, 4", "61, 3", "150, 3", "151, 2", "270, 2",
        "270.1, 1", "271, 1"})
    void rapidJobSearch(double averageDays, int score) {
        assertThat(FidelityScale.rapidJobSearch(averageDays).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "24.9, 1", "25, 2", "49.9, 2", "50, 3", "74.9, 3", "75, 4", "89.9, 4", "90, 5", "100, 5"})
    void individualizedJobSearch(double percent, int score) {
        assertThat(FidelityScale.individualizedJobSearch(percent).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({
        "1.9, WEEKLY, 1",
        "2, WEEKLY, 2",
        "2, NONE, 2",
        "3.9, WEEKLY, 2",
        "3.9, MONTHLY, 2",
        "4, WEEKLY, 3",
        "4, MONTHLY, 3",
        "4, NONE, 2",
        "4.9, WEEKLY, 3",
        "4.9, MONTHLY, 3",
        "5, WEEKLY, 4",
        "5, MONTHLY, 3",
        "5, NONE, 2",
        "5.9, WEEKLY, 4",
        "6, WEEKLY, 5",
        "6, MONTHLY, 3",
        "6, NONE, 2",
        "9, WEEKLY, 5"})
    void frequentEmployerContactAgainstTheUsualTargetOfSix(double perWeek, ContactLogReview review, int score) {
        assertThat(FidelityScale.frequentEmployerContact(perWeek, 6, review).score()).isEqualTo(score);
    }

    @Test
    void aSpecialistWithTwoJobSeekersReachesTheTopAtFourContacts() {
        assertThat(FidelityScale.frequentEmployerContact(4, 4, WEEKLY).score()).isEqualTo(5);
        assertThat(FidelityScale.frequentEmployerContact(3.9, 4, WEEKLY).score()).isEqualTo(2);
        assertThat(FidelityScale.frequentEmployerContact(2, 2, WEEKLY).score()).isEqualTo(5);
    }

    @Test
    void theRuleSaysWhenTheLogReviewCappedTheScore() {
        String monthly = FidelityScale.frequentEmployerContact(6, 6, MONTHLY).rule();
        assertThat(monthly).startsWith("At least 4 face-to-face employer contacts per specialist per week with the "
                + "log reviewed at least monthly scores 3; 6 a week, reviewed monthly, meets that.");
        assertThat(monthly).contains("capped").contains("would score 5").contains("reviewed only monthly");
        assertThat(FidelityScale.frequentEmployerContact(4, 6, NONE).rule())
                .contains("capped").contains("at least monthly it would score 3").contains("not reviewed");
        assertThat(FidelityScale.frequentEmployerContact(6, 6, WEEKLY).rule()).doesNotContain("capped")
                .startsWith("At least the target of 6 face-to-face");
        assertThat(FidelityScale.frequentEmployerContact(3, 6, NONE).rule()).doesNotContain("capped");
    }

    @Test
    void qualityIsTheLowerMedianLevel() {
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {0, 0, 1, 0, 0}).score()).isEqualTo(3);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {1, 0, 0, 0, 1}).score()).isEqualTo(1);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {1, 0, 0, 0, 2}).score()).isEqualTo(5);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {2, 3, 5, 1, 0}).score()).isEqualTo(3);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {0, 0, 0, 5, 5}).score()).isEqualTo(4);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {0, 0, 0, 4, 5}).score()).isEqualTo(5);
        assertThat(FidelityScale.qualityOfEmployerContact(new long[] {2, 3, 5, 1, 0}).rule())
                .isEqualTo("The median face-to-face contact is at level 3 (follows up advertised openings and asks "
                        + "for interviews), which scores 3; contacts at levels 1 to 5: 2, 3, 5, 1, 0.");
    }

    @Test
    void qualityWithoutContactsIsNotScored() {
        ItemScore none = FidelityScale.qualityOfEmployerContact(new long[5]);
        assertThat(none.score()).isNull();
        assertThat(none.isScored()).isFalse();
        assertThat(none.notScoredBecause()).contains("No face-to-face employer contact");
        assertThatThrownBy(() -> FidelityScale.qualityOfEmployerContact(new long[4]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "49.9, 1", "50, 2", "59.9, 2", "60, 3", "69.9, 3", "70, 4", "84.9, 4", "85, 5", "100, 5"})
    void diversityOfJobTypesAndOfEmployers(double percent, int score) {
        assertThat(FidelityScale.diversityOfJobTypes(percent).score()).isEqualTo(score);
        assertThat(FidelityScale.diversityOfEmployers(percent).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({"64, 1", "64.99, 1", "65, 2", "74.9, 2", "75, 3", "84.9, 3", "85, 4", "94.9, 4", "95, 5", "100, 5"})
    void competitiveJobs(double percent, int score) {
        assertThat(FidelityScale.competitiveJobs(percent).score()).isEqualTo(score);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "30, 1", "30.01, 2", "30.5, 2", "39.99, 2", "40, 3", "49.99, 3", "50, 4", "64, 4",
        "64.99, 4", "65, 5", "110, 5"})
    void communityBasedServices(double percent, int score) {
        assertThat(FidelityScale.communityBasedServices(percent).score()).isEqualTo(score);
    }

    @Test
    void exactlyThirtyPercentInTheCommunityIsStillTheLowestBand() {
        assertThat(FidelityScale.communityBasedServices(30).rule())
                .isEqualTo("A share of at most 30% of scheduled time spent in the community scores 1; 30% is in that band.");
    }

    @Test
    void jobItemsNeedTenJobStarts() {
        List<ItemScore> nine = FidelityScale.jobItems(9, 9, 9, 9);
        assertThat(nine).extracting(ItemScore::item).containsExactly(FidelityItem.DIVERSITY_OF_JOB_TYPES,
                FidelityItem.DIVERSITY_OF_EMPLOYERS, FidelityItem.COMPETITIVE_JOBS);
        assertThat(nine).allSatisfy(item -> {
            assertThat(item.score()).isNull();
            assertThat(item.notScoredBecause())
                    .isEqualTo("Only 9 job starts in the period; the scale needs at least 10 to judge this item.");
        });
        assertThat(FidelityScale.jobItems(0, 0, 0, 0).get(0).notScoredBecause()).startsWith("No job starts in the period;");
    }

    @Test
    void jobItemsFromTenJobStartsAreShares() {
        List<ItemScore> ten = FidelityScale.jobItems(10, 6, 9, 10);
        assertThat(ten).extracting(ItemScore::item).containsExactly(FidelityItem.DIVERSITY_OF_JOB_TYPES,
                FidelityItem.DIVERSITY_OF_EMPLOYERS, FidelityItem.COMPETITIVE_JOBS);
        assertThat(ten).extracting(ItemScore::score).containsExactly(3, 5, 5);
        assertThat(ten.get(0).rule()).endsWith("; 60% is in that band.");
        assertThatThrownBy(() -> FidelityScale.jobItems(10, 11, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void impossibleFiguresAreProgrammingErrors() {
        assertThatThrownBy(() -> FidelityScale.caseload(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FidelityScale.rapidJobSearch(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyItemHasATitleInEachLanguage() {
        assertThat(Messages.label(Language.EN, FidelityItem.CASELOAD)).isEqualTo("Caseload per specialist");
        for (Language language : Language.values()) {
            assertThat(FidelityItem.values()).hasSize(9).allSatisfy(item ->
                    assertThat(Messages.label(language, item)).isNotBlank().isNotEqualTo("enum.FidelityItem." + item.name()));
        }
    }

    @Test
    void theRuleIsWrittenInTheReadersLanguageWithTheirDecimalMark() {
        assertThat(Speaking.in(Language.NB, () -> FidelityScale.caseload(22.5).rule())).isEqualTo(
                "En portefølje på mer enn 20 og høyst 25 deltakere per jobbspesialist gir skåre 4; 22,5 ligger i det båndet.");
        assertThat(Speaking.in(Language.DA, () -> FidelityScale.communityBasedServices(30).rule())).isEqualTo(
                "En andel på højst 30 % af arbejdstiden brugt ude i samfundet giver score 1; 30 % ligger i det bånd.");
        assertThat(Speaking.in(Language.NB, () -> FidelityScale.jobItems(1, 1, 1, 1).get(0).notScoredBecause()))
                .isEqualTo("Bare 1 jobbstart i perioden; skalaen krever minst 10 for å vurdere dette kriteriet.");
        assertThat(Speaking.in(Language.DA, () -> FidelityScale.frequentEmployerContact(5.5, 6, MONTHLY).rule()))
                .startsWith("Mindst 4 personlige arbejdsgiverkontakter pr. jobspecialist pr. uge")
                .contains("5,5 om ugen, gennemgået månedlig, når det.")
                .endsWith("men loggen blev kun gennemgået månedligt.");
    }
}
