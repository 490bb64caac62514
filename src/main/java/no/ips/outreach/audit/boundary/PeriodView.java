package no.ips.outreach.audit.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * @param workingWeeks   working days / 5, public holidays on weekdays left out: what weekly targets and scheduled
 *                       hours are multiplied by (a team's own; the country's average in the national report)
 * @param country        whose public holidays are left out: NO for a NAV office, DK for a jobcentre; null in the
 *                       national report, where each team has its own
 * @param publicHolidays the weekday public holidays of the period that were left out
 */
public record PeriodView(String label, LocalDate from, LocalDate to, double workingWeeks, String country,
                         List<LocalDate> publicHolidays) {
}
