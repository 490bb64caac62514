package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutreachFiguresTest {

    private static final ReportPeriod WEEK_48 = ReportPeriod.ofWeek(new IsoWeek(2026, 48));

    private static Workload specialist(long id, String hours, long caseload, long jobSeekers) {
        return new Workload(id, "s" + id, "Specialist " + id, new BigDecimal(hours), caseload, jobSeekers);
    }

    private static OutreachTally faceToFace(long contacts) {
        return new OutreachTally(contacts, 0, 0, 0, 0, 0, 0, new long[] {0, 0, 0, contacts, 0});
    }

    @Test
    void aPartTimeSpecialistsWeekIsMeasuredAgainstTheirOwnHours() {
        Workload kari = specialist(1, "18.75", 12, 4);
        ContactFacts visit = new ContactFacts(LocalDate.of(2026, 11, 24), VisitMode.IN_PERSON, 60, 30,
                ContactQuality.DESCRIBES_STRENGTHS, true);
        OutreachTally sixVisits = Collections.nCopies(6, visit).stream().map(OutreachTally::of)
                .reduce(OutreachTally.NONE, OutreachTally::plus);

        OutreachFigures figures = OutreachFigures.of(List.of(kari), sixVisits, 3L, WEEK_48);

        assertThat(kari.scheduledMinutes(WEEK_48)).isEqualTo(1125.0);
        assertThat(figures.scheduledMinutes()).isEqualTo(1125.0);
        assertThat(figures.tally().communityMinutes()).isEqualTo(540);
        assertThat(figures.communityPercent()).isEqualTo(48.0);
        assertThat(figures.faceToFacePerSpecialistWeek()).isEqualTo(6.0);
        assertThat(figures.individualizedPercent()).isEqualTo(100.0);
        assertThat(figures.distinctEmployers()).isEqualTo(3L);
        assertThat(figures.workingWeeks()).isEqualTo(1.0);
    }

    @Test
    void aMonthIsCountedInWorkingWeeks() {
        // November 2026 has 21 weekdays: 4.2 working weeks
        ReportPeriod november = ReportPeriod.ofMonth(YearMonth.of(2026, 11));
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "18.75", 12, 4)), faceToFace(21), null,
                november);

        assertThat(figures.workingWeeks()).isCloseTo(4.2, within(1e-9));
        assertThat(figures.scheduledMinutes()).isCloseTo(18.75 * 60 * 4.2, within(1e-9)).isCloseTo(4725.0,
                within(1e-9));
        assertThat(figures.faceToFacePerSpecialistWeek()).isCloseTo(5.0, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 2", "2, 4", "3, 6", "4, 6", "15, 6"})
    void theWeeklyTargetIsSixOrTwoPerJobSeekerWhenFewerThanThreeSeek(long jobSeekers, int target) {
        assertThat(specialist(1, "37.5", 20, jobSeekers).weeklyContactTarget()).isEqualTo(target);
    }

    @Test
    void aTeamsTargetIsTheAverageOfItsSpecialistsTargets() {
        List<Workload> team = List.of(specialist(1, "37.5", 5, 1), specialist(2, "37.5", 8, 2),
                specialist(3, "37.5", 20, 9));
        OutreachFigures figures = OutreachFigures.of(team, OutreachTally.NONE, null, WEEK_48);
        // (2 + 4 + 6) / 3
        assertThat(figures.weeklyTarget()).isEqualTo(4.0);
        assertThat(figures.jobSeekers()).isEqualTo(12);
        assertThat(figures.caseload()).isEqualTo(33);
        assertThat(figures.specialists()).isEqualTo(3);
    }

    @Test
    void faceToFaceContactsAreDividedBySpecialistWeeks() {
        // Monday 23 November to Sunday 6 December 2026: 10 weekdays, two working weeks
        ReportPeriod twoWeeks = ReportPeriod.of(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 6));
        List<Workload> two = List.of(specialist(1, "37.5", 18, 6), specialist(2, "30", 15, 5));
        OutreachFigures figures = OutreachFigures.of(two, faceToFace(20), 11L, twoWeeks);

        assertThat(figures.workingWeeks()).isEqualTo(2.0);
        assertThat(figures.faceToFacePerSpecialistWeek()).isEqualTo(5.0);
        // (37.5 + 30) h * 60 * 2 weeks
        assertThat(figures.scheduledMinutes()).isEqualTo(8100.0);
    }

    @Test
    void withoutSpecialistsOrWorkingDaysThereAreNoContactsPerWeek() {
        assertThat(OutreachFigures.of(List.of(), faceToFace(4), null, WEEK_48).faceToFacePerSpecialistWeek())
                .isZero();
        ReportPeriod weekend = ReportPeriod.of(LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29));
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "37.5", 10, 4)), faceToFace(2), null,
                weekend);
        assertThat(figures.faceToFacePerSpecialistWeek()).isZero();
        assertThat(figures.communityPercent()).isNull();
    }

    @Test
    void theIndividualizedShareIsOfEveryContactWhateverItsMode() {
        // 4 in person, 3 by phone, 1 e-mail; 6 of the 8 served a participant's preferences
        OutreachTally tally = new OutreachTally(4, 3, 0, 1, 0, 360, 6, new long[] {0, 0, 1, 3, 0});
        assertThat(OutreachFigures.of(List.of(specialist(1, "37.5", 10, 4)), tally, null, WEEK_48)
                .individualizedPercent()).isEqualTo(75.0);
    }

    @Test
    void noContactsGiveNoIndividualizedShareRatherThanZero() {
        assertThat(OutreachFigures.of(List.of(specialist(1, "37.5", 10, 4)), OutreachTally.NONE, null, WEEK_48)
                .individualizedPercent()).isNull();
    }

    @Test
    void caseloadPerSpecialistIsTheAverage() {
        List<Workload> two = List.of(specialist(1, "37.5", 18, 6), specialist(2, "37.5", 23, 5));
        assertThat(OutreachFigures.of(two, OutreachTally.NONE, null, WEEK_48).caseloadPerSpecialist())
                .isEqualTo(20.5);
        assertThat(OutreachFigures.of(List.of(), OutreachTally.NONE, null, WEEK_48).caseloadPerSpecialist())
                .isNull();
    }

    @Test
    void noScheduledTimeGivesNoCommunityShareRatherThanZero() {
        OutreachFigures figures = OutreachFigures.of(List.of(specialist(1, "0", 10, 4)), faceToFace(0), null, WEEK_48);
        assertThat(figures.communityPercent()).isNull();
        assertThat(OutreachFigures.of(List.of(), OutreachTally.NONE, null, WEEK_48).communityPercent()).isNull();
    }

    @Test
    void aSpecialistWithoutJobSeekersIsLeftOutOfTheContactRateAndTheTarget() {
        // kari and ola have 6 and 4 job seekers; ingrid has none. Counting ingrid with a target of 0 made the target
        // (6 + 6 + 0) / 3 = 4, which 4.3 a week met.
        List<Workload> team = List.of(specialist(1, "37.5", 12, 6), specialist(2, "37.5", 10, 4),
                specialist(3, "37.5", 3, 0));
        OutreachFigures figures = OutreachFigures.of(team, faceToFace(13), null, WEEK_48, Map.of("s1", 6L, "s2", 5L,
                "s3", 2L));

        FrequentContact frequent = figures.frequentContact();
        assertThat(frequent.faceToFace()).isEqualTo(11);
        assertThat(frequent.specialists()).isEqualTo(2);
        assertThat(frequent.specialistWeeks()).isEqualTo(2.0);
        assertThat(frequent.perSpecialistWeek()).isEqualTo(5.5);
        assertThat(frequent.weeklyTarget()).isEqualTo(6.0);
        assertThat(frequent.leftOut()).singleElement().satisfies(left -> {
            assertThat(left.username()).isEqualTo("s3");
            assertThat(left.reason()).startsWith("No participant in job search.");
        });
        // every specialist's own rate is still 13 / 3
        assertThat(figures.faceToFacePerSpecialistWeek()).isCloseTo(13 / 3.0, within(1e-9));
    }

    @Test
    void aTeamsTargetWeighsEachSpecialistByTheirWorkingDays() {
        // one specialist with 2 job seekers (target 4) in Norway, one with 9 (target 6) on plain weekdays; in the
        // week after Easter 2026 the Norwegian specialist works 4 days: (4 x 4 + 6 x 5) / 9 days
        ReportPeriod afterEaster = ReportPeriod.ofWeek(new IsoWeek(2026, 15));
        WorkingCalendar norway = new WorkingCalendar("NO", java.util.Set.of(LocalDate.of(2026, 4, 6)));
        List<Workload> team = List.of(new Workload(1, "s1", "One", new BigDecimal("37.5"), 5, 2, norway),
                specialist(2, "37.5", 12, 9));
        OutreachFigures figures = OutreachFigures.of(team, faceToFace(9), null, afterEaster, Map.of());

        assertThat(figures.frequentContact().specialistWeeks()).isEqualTo(1.8);
        assertThat(figures.weeklyTarget()).isCloseTo(46 / 9.0, within(1e-9));
        assertThat(figures.frequentContact().perSpecialistWeek()).isCloseTo(5.0, within(1e-9));
        // 2250 x 4 / 5 + 2250
        assertThat(figures.exactScheduledMinutes()).isEqualByComparingTo("4050");
    }
}
