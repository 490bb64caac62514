package no.ips.outreach.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.teams.entity.TeamKind;
import org.junit.jupiter.api.Test;

class HolidayCalendarsTest {

    private final HolidayCalendars calendars = new HolidayCalendars();

    @Test
    void easterTakesTwoDaysOutOfHolyWeekAndOneOutOfTheNextInBothCountries() {
        // 2026: Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April
        ReportPeriod holyWeek = ReportPeriod.ofWeek(new IsoWeek(2026, 14));
        ReportPeriod next = ReportPeriod.ofWeek(new IsoWeek(2026, 15));
        for (TeamKind kind : TeamKind.values()) {
            assertThat(calendars.of(kind, holyWeek).holidaysOnWeekdays(holyWeek))
                    .containsExactly(LocalDate.of(2026, 4, 2), LocalDate.of(2026, 4, 3));
            assertThat(calendars.of(kind, holyWeek).workingDays(holyWeek)).isEqualTo(3);
            assertThat(calendars.of(kind, next).workingWeeks(next)).isEqualTo(0.8);
        }
    }

    @Test
    void mayDiffersBetweenNorwayAndDenmark() {
        // May 2026 has 21 weekdays. Norway: 1 May (Friday), Ascension 14 May, Whit Monday 25 May; 17 May is a Sunday.
        // Denmark keeps Ascension and Whit Monday, not 1 May; its Great Prayer Day was abolished from 2024.
        ReportPeriod may = ReportPeriod.ofMonth(YearMonth.of(2026, 5));
        assertThat(calendars.of(TeamKind.NAV_OFFICE, may).holidaysOnWeekdays(may)).containsExactly(
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
        assertThat(calendars.of(TeamKind.NAV_OFFICE, may).workingDays(may)).isEqualTo(18);
        assertThat(calendars.of(TeamKind.JOBCENTRE, may).holidaysOnWeekdays(may)).containsExactly(
                LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
        assertThat(calendars.of(TeamKind.JOBCENTRE, may).workingDays(may)).isEqualTo(19);
        assertThat(calendars.of(TeamKind.NAV_OFFICE, may).country()).isEqualTo("NO");
        assertThat(calendars.of(TeamKind.JOBCENTRE, may).country()).isEqualTo("DK");
    }

    @Test
    void christmasAcrossTheNewYearAndAWeekWithoutHolidays() {
        // 25 December 2026 is a Friday, 26 December a Saturday; 1 January 2027 a Friday (2026-W53)
        ReportPeriod christmas = ReportPeriod.ofWeek(new IsoWeek(2026, 52));
        ReportPeriod newYear = ReportPeriod.ofWeek(new IsoWeek(2026, 53));
        ReportPeriod november = ReportPeriod.ofWeek(new IsoWeek(2026, 48));
        assertThat(calendars.of(TeamKind.NAV_OFFICE, christmas).workingDays(christmas)).isEqualTo(4);
        assertThat(calendars.of(TeamKind.JOBCENTRE, newYear).workingDays(newYear)).isEqualTo(4);
        assertThat(calendars.of(TeamKind.NAV_OFFICE, november).workingDays(november)).isEqualTo(5);
    }
}
