package no.ips.outreach.audit.entity;

import no.ips.outreach.platform.language.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * A week as the fidelity scale counts it: ISO-8601, Monday to Sunday, in the week-based year. Around New Year
 * that year differs from the calendar year (2024-12-30 is in 2025-W01, 2027-01-01 in 2026-W53), which is why
 * weeks are never derived from calendar-year arithmetic.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-[Ww](\\d{2})");
    private static final Comparator<IsoWeek> ORDER = Comparator.comparingInt(IsoWeek::year)
            .thenComparingInt(IsoWeek::week);

    public IsoWeek {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("Year " + year + " is outside 1-9999.");
        }
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has no week " + week + ".");
        }
    }

    /** 52 or 53: 28 December always falls in the last week of its own week-based year. */
    public static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static IsoWeek parse(String field, String text) {
        Matcher matcher = TEXT.matcher(text == null ? "" : text.trim());
        int year = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
        if (year == 0) {
            throw ProblemException.invalid(field, Messages.get("period.week"));
        }
        int week = Integer.parseInt(matcher.group(2));
        int weeks = weeksIn(year);
        if (week < 1 || week > weeks) {
            throw ProblemException.invalid(field, Messages.get("period.no-such-week", String.valueOf(year), matcher.group(2), weeks));
        }
        return new IsoWeek(year, week);
    }

    public LocalDate monday() {
        // 4 January is always in week 1
        return LocalDate.of(year, 1, 4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(week - 1L);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
