package no.ips.outreach.audit.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The days a team works: Monday to Friday, less the public holidays of its country. A week with a public holiday has
 * less scheduled time and a smaller contact target: nobody is expected out with employers on a day the employers are
 * closed too.
 *
 * @param country  the country whose holidays are left out ("NO" or "DK"), or "none"
 * @param holidays public holidays (any day of the week) in the years the calendar was made for
 */
public record WorkingCalendar(String country, Set<LocalDate> holidays) {

    /** No public holidays: only weekends are off. */
    public static final WorkingCalendar WEEKDAYS = new WorkingCalendar("none", Set.of());

    public WorkingCalendar {
        Objects.requireNonNull(country, "country");
        holidays = Set.copyOf(holidays);
    }

    /** Weekdays of the period that are not public holidays. */
    public int workingDays(ReportPeriod period) {
        return period.weekdays() - holidaysOnWeekdays(period).size();
    }

    /** The public holidays that fall on a weekday in the period, in order: the days taken out of the scheduled time. */
    public List<LocalDate> holidaysOnWeekdays(ReportPeriod period) {
        return holidays.stream().filter(period::contains)
                .filter(day -> day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0).sorted().toList();
    }

    /** Working days / 5: what a weekly target and a working week are multiplied by. */
    public double workingWeeks(ReportPeriod period) {
        return workingDays(period) / 5.0;
    }
}
