package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewCoverageTest {

    private static final long ADA = 1;
    private static final long BO = 2;
    /** Monday 1 June 2026 (W23) to Tuesday 30 June (W27, which ends on Sunday 5 July). */
    private static final ReportPeriod JUNE = ReportPeriod.ofMonth(YearMonth.of(2026, 6));
    /** W23 to W28: the six weeks starting on Mondays 1 June to 6 July 2026. */
    private static final ReportPeriod JUNE_AND_JULY = ReportPeriod.of(LocalDate.of(2026, 6, 1),
            LocalDate.of(2026, 7, 12));
    private static final LocalDate LATER = LocalDate.of(2026, 8, 1);

    private static WeekReview review(long specialist, int year, int week) {
        IsoWeek isoWeek = new IsoWeek(year, week);
        WeekReview review = new WeekReview(specialist, isoWeek);
        review.signOff("leader", isoWeek.sunday().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 6, null, 7);
        return review;
    }

    private static List<WeekReview> signed(long specialist, int year, int... weeks) {
        List<WeekReview> reviews = new ArrayList<>();
        for (int week : weeks) {
            reviews.add(review(specialist, year, week));
        }
        return reviews;
    }

    private static ReviewCoverage coverage(List<Long> specialists, List<WeekReview> reviews, ReportPeriod period,
            LocalDate today) {
        return ReviewCoverage.of(specialists, reviews, period, today);
    }

    @Test
    void everyEndedWeekSignedIsAWeeklyReview() {
        assertThat(coverage(List.of(ADA), signed(ADA, 2026, 23, 24, 25, 26, 27), JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 5, 0, ContactLogReview.WEEKLY));
    }

    /** Signed off three weeks after the week ended: too late for a weekly review, in time for none but the monthly. */
    private static List<WeekReview> signedLate(long specialist, int year, int... weeks) {
        List<WeekReview> reviews = new ArrayList<>();
        for (int week : weeks) {
            IsoWeek isoWeek = new IsoWeek(year, week);
            WeekReview review = new WeekReview(specialist, isoWeek);
            review.signOff("leader", isoWeek.sunday().plusDays(21).atStartOfDay().toInstant(ZoneOffset.UTC), 6, null, 7);
            reviews.add(review);
        }
        return reviews;
    }

    @Test
    void everyEndedWeekSignedButSomeLateIsAMonthlyReview() {
        List<WeekReview> reviews = new ArrayList<>(signed(ADA, 2026, 23, 24, 26, 27));
        reviews.addAll(signedLate(ADA, 2026, 25));
        assertThat(coverage(List.of(ADA), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 4, 0, ContactLogReview.MONTHLY));
        assertThat(coverage(List.of(ADA), signedLate(ADA, 2026, 23, 24, 25, 26, 27), JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 0, 0, ContactLogReview.MONTHLY));
    }

    @Test
    void aMonthIsReviewedOnlyWhenEachOfItsWeeksIsSigned() {
        // June's W25 unsigned: the other June sign-offs do not stand in for it
        assertThat(coverage(List.of(ADA), signed(ADA, 2026, 23, 24, 26, 27), JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 4, 0, ContactLogReview.NONE));
        assertThat(coverage(List.of(ADA), signed(ADA, 2026, 23, 28), JUNE_AND_JULY, LATER))
                .isEqualTo(new ReviewCoverage(6, 2, 0, ContactLogReview.NONE));
    }

    @Test
    void aMonthWithoutAnySignOffIsNoRegularReview() {
        assertThat(coverage(List.of(ADA), signed(ADA, 2026, 23, 24, 25, 26), JUNE_AND_JULY, LATER))
                .isEqualTo(new ReviewCoverage(6, 4, 0, ContactLogReview.NONE));
    }

    @Test
    void aLogNeverReviewedIsNoReview() {
        assertThat(coverage(List.of(ADA), List.of(), JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 0, 0, ContactLogReview.NONE));
    }

    @Test
    void aSignOffFollowedByAChangeNoLongerCounts() {
        List<WeekReview> reviews = signed(ADA, 2026, 23, 24, 25, 26, 27);
        reviews.get(1).visitChanged(501, 2, "ada", Instant.parse("2026-06-20T10:00:00Z"));

        assertThat(coverage(List.of(ADA), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 4, 1, ContactLogReview.NONE));
    }

    @Test
    void changesToEveryWeekOfAMonthLeaveThatMonthUnreviewed() {
        List<WeekReview> reviews = signed(ADA, 2026, 23, 24, 25, 26, 27, 28);
        reviews.get(5).visitChanged(601, 1, "ada", Instant.parse("2026-07-14T08:00:00Z"));
        reviews.get(4).visitChanged(602, 3, "ada", Instant.parse("2026-07-14T08:05:00Z"));

        assertThat(coverage(List.of(ADA), reviews, JUNE_AND_JULY, LATER))
                .isEqualTo(new ReviewCoverage(6, 4, 2, ContactLogReview.NONE));
    }

    @Test
    void signingAgainAfterAChangeCountsOnceMore() {
        List<WeekReview> reviews = signed(ADA, 2026, 23, 24, 25, 26, 27);
        WeekReview changed = reviews.get(2);
        changed.visitChanged(501, 2, "ada", Instant.parse("2026-06-23T10:00:00Z"));
        changed.signOff("leader", Instant.parse("2026-06-24T10:00:00Z"), 7, null, 7);

        assertThat(coverage(List.of(ADA), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 5, 0, ContactLogReview.WEEKLY));
    }

    @Test
    void weeksNotYetEndedAreNotDue() {
        List<WeekReview> firstTwo = signed(ADA, 2026, 23, 24);
        // Sunday 21 June is the last day of W25: that week has not ended yet
        LocalDate lastDayOfW25 = LocalDate.of(2026, 6, 21);
        assertThat(ReviewCoverage.due(JUNE, lastDayOfW25)).containsExactly(new IsoWeek(2026, 23),
                new IsoWeek(2026, 24));
        assertThat(coverage(List.of(ADA), firstTwo, JUNE, lastDayOfW25))
                .isEqualTo(new ReviewCoverage(2, 2, 0, ContactLogReview.WEEKLY));
        // on Monday it has, and is due unsigned
        assertThat(coverage(List.of(ADA), firstTwo, JUNE, lastDayOfW25.plusDays(1)))
                .isEqualTo(new ReviewCoverage(3, 2, 0, ContactLogReview.NONE));
    }

    @Test
    void aPeriodWithNoEndedWeekHasNothingDueAndNoReview() {
        assertThat(ReviewCoverage.due(JUNE, LocalDate.of(2026, 6, 7))).isEmpty();
        assertThat(coverage(List.of(ADA), List.of(), JUNE, LocalDate.of(2026, 6, 7)))
                .isEqualTo(new ReviewCoverage(0, 0, 0, ContactLogReview.NONE));
    }

    @Test
    void weeksAcrossNewYearAreDueInTheirWeekBasedYears() {
        ReportPeriod newYear = ReportPeriod.of(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 10));
        LocalDate monday = LocalDate.of(2027, 1, 11);
        assertThat(ReviewCoverage.due(newYear, monday)).containsExactly(new IsoWeek(2026, 53), new IsoWeek(2027, 1));

        List<WeekReview> both = new ArrayList<>(signed(ADA, 2026, 53));
        both.addAll(signed(ADA, 2027, 1));
        assertThat(coverage(List.of(ADA), both, newYear, monday))
                .isEqualTo(new ReviewCoverage(2, 2, 0, ContactLogReview.WEEKLY));
        // December's only week unsigned: December has no sign-off
        assertThat(coverage(List.of(ADA), signed(ADA, 2027, 1), newYear, monday))
                .isEqualTo(new ReviewCoverage(2, 1, 0, ContactLogReview.NONE));
        // on the last Sunday of the period, only 2026-W53 has ended
        assertThat(ReviewCoverage.due(newYear, LocalDate.of(2027, 1, 10))).containsExactly(new IsoWeek(2026, 53));
        assertThat(coverage(List.of(ADA), signed(ADA, 2026, 53), newYear, LocalDate.of(2027, 1, 10)))
                .isEqualTo(new ReviewCoverage(1, 1, 0, ContactLogReview.WEEKLY));
    }

    @Test
    void aTeamIsDueOneReviewPerSpecialistAndWeek() {
        List<WeekReview> reviews = new ArrayList<>(signed(ADA, 2026, 23, 24, 25, 26, 27));
        reviews.addAll(signed(BO, 2026, 23, 24, 26, 27));
        assertThat(coverage(List.of(ADA, BO), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(10, 9, 0, ContactLogReview.NONE));
        reviews.addAll(signedLate(BO, 2026, 25));
        assertThat(coverage(List.of(ADA, BO), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(10, 9, 0, ContactLogReview.MONTHLY));
    }

    @Test
    void oneUnreviewedSpecialistLeavesTheTeamWithoutRegularReview() {
        List<WeekReview> adaOnly = signed(ADA, 2026, 23, 24, 25, 26, 27);
        assertThat(coverage(List.of(ADA, BO), adaOnly, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(10, 5, 0, ContactLogReview.NONE));
    }

    @Test
    void signOffsOfSpecialistsOutOfScopeOrWeeksOutsideThePeriodDoNotCount() {
        List<WeekReview> reviews = new ArrayList<>(signed(BO, 2026, 23, 24, 25, 26, 27));
        reviews.addAll(signed(ADA, 2026, 22, 28));
        assertThat(coverage(List.of(ADA), reviews, JUNE, LATER))
                .isEqualTo(new ReviewCoverage(5, 0, 0, ContactLogReview.NONE));
    }

    @Test
    void noSpecialistsInScopeIsNoReview() {
        assertThat(coverage(List.of(), signed(ADA, 2026, 23, 24, 25, 26, 27), JUNE, LATER))
                .isEqualTo(new ReviewCoverage(0, 0, 0, ContactLogReview.NONE));
    }

    @Test
    void aWeekBelongsToTheMonthOfItsThursday() {
        // 2026-W44 is 26 October - 1 November (Thursday 29 October); 2026-W49 is 30 November - 6 December (Thursday
        // 3 December); 2026-W53 is 28 December - 3 January (Thursday 31 December)
        assertThat(ReviewCoverage.monthOf(new IsoWeek(2026, 44))).isEqualTo(YearMonth.of(2026, 10));
        assertThat(ReviewCoverage.monthOf(new IsoWeek(2026, 45))).isEqualTo(YearMonth.of(2026, 11));
        assertThat(ReviewCoverage.monthOf(new IsoWeek(2026, 49))).isEqualTo(YearMonth.of(2026, 12));
        assertThat(ReviewCoverage.monthOf(new IsoWeek(2026, 53))).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void signingOneWeekNeverMakesAnotherLookReviewed() {
        ReportPeriod november = ReportPeriod.ofMonth(YearMonth.of(2026, 11));
        LocalDate newYear = LocalDate.of(2027, 1, 1);
        // November's report is due W44 to W49; one late sign-off each, but W46 missing: not reviewed
        assertThat(coverage(List.of(ADA), signedLate(ADA, 2026, 44, 45, 47, 48, 49), november, newYear))
                .isEqualTo(new ReviewCoverage(6, 0, 0, ContactLogReview.NONE));
        assertThat(coverage(List.of(ADA), signedLate(ADA, 2026, 44, 45, 46, 47, 48, 49), november, newYear))
                .isEqualTo(new ReviewCoverage(6, 0, 0, ContactLogReview.MONTHLY));
    }
}
