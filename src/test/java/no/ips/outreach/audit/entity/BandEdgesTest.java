package no.ips.outreach.audit.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import no.ips.outreach.audit.control.HolidayCalendars;
import no.ips.outreach.teams.entity.TeamKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * One row per band edge and gap of the IPS-25 items the audit decides (band-edges.csv, written from the published
 * scale: the inputs a specialist logs, the figure a reader sees, the score). The system test AuditEdgesIT runs the same
 * rows over HTTP and checks that the JSON, the CSV and the worksheet agree with them.
 */
class BandEdgesTest {

    /** "LAST" stands for the week that has just ended; here a full week without public holidays. */
    private static final String LAST_WEEK = "2026-W48";

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/audit/band-edges.csv", numLinesToSkip = 1)
    void eachEdgeScoresAsTheScaleSays(String edge, String weeklyHours, long jobSeekers, String period, long faceToFace,
                                       long communityMinutes, ContactLogReview review, FidelityItem item,
                                       String figure, Integer score) {
        ReportPeriod days = period(period);
        Workload specialist = new Workload(1, "s1", "Specialist", new BigDecimal(weeklyHours), jobSeekers, jobSeekers,
                new HolidayCalendars().of(TeamKind.NAV_OFFICE, days));
        OutreachTally tally = new OutreachTally(faceToFace, 0, 0, 0, 0, communityMinutes, 0,
                new long[] {0, 0, 0, faceToFace, 0});
        OutreachFigures figures = OutreachFigures.of(List.of(specialist), tally, 1L, days);
        ReviewCoverage coverage = switch (review) {
            case WEEKLY -> ReviewCoverage.counted(1, 1, 0, true);
            case MONTHLY -> ReviewCoverage.counted(1, 0, 0, true);
            case NONE -> ReviewCoverage.counted(1, 0, 0, false);
        };

        ScorecardLine line = Scorecard.of(figures, coverage, RapidJobSearch.counted(0, 0, 0, days.to()), List.of())
                .stream().filter(l -> l.item() == item).findFirst().orElseThrow();

        assertThat(line.score()).as(edge).isEqualTo(score);
        Double exact = item == FidelityItem.COMMUNITY_BASED_SERVICES ? figures.communityPercent()
                : figures.frequentContact().perSpecialistWeek();
        String shown = exact == null ? null
                : FidelityScale.shown(item, exact, figures.weeklyTarget(), 1).toPlainString();
        assertThat(shown).as(edge).isEqualTo(figure);
        if (score != null && review == ContactLogReview.WEEKLY || item == FidelityItem.COMMUNITY_BASED_SERVICES) {
            // the figure as shown lies in the band that scored
            assertThat(FidelityScale.band(item, figures.weeklyTarget()).applyAsInt(Double.parseDouble(figure)))
                    .as(edge).isEqualTo(score);
        }
    }

    private static ReportPeriod period(String text) {
        String week = text.equals("LAST") ? LAST_WEEK : text;
        return week.contains("W") ? ReportPeriod.ofWeek(IsoWeek.parse("week", week))
                : ReportPeriod.ofMonth(YearMonth.parse(week));
    }
}
