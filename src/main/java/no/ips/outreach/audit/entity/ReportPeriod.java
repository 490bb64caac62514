package no.ips.outreach.audit.entity;

import no.ips.outreach.platform.language.Messages;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/** The days an audit covers, both ends included, with the label the manager asked for it by. */
public record ReportPeriod(LocalDate from, LocalDate to, String label) {

    /** Five years with two leap days; longer reports would only be slow, never useful for supervision. */
    public static final int MAX_DAYS = 1827;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ").");
        }
    }

    public static ReportPeriod parse(String week, String month, String from, String to) {
        int forms = (given(week) ? 1 : 0) + (given(month) ? 1 : 0) + (given(from) || given(to) ? 1 : 0);
        if (forms == 0) {
            throw ProblemException.invalid("period", Messages.get("period.missing"));
        }
        if (forms > 1) {
            throw ProblemException.invalid("period", Messages.get("period.several"));
        }
        if (given(week)) {
            return ofWeek(IsoWeek.parse("week", week));
        }
        if (given(month)) {
            return ofMonth(month(month));
        }
        return range(from, to);
    }

    public static ReportPeriod ofWeek(IsoWeek week) {
        return new ReportPeriod(week.monday(), week.sunday(), week.toString());
    }

    public static ReportPeriod ofMonth(YearMonth month) {
        return new ReportPeriod(month.atDay(1), month.atEndOfMonth(), month.toString());
    }

    public static ReportPeriod of(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, from + " to " + to);
    }

    /** Every ISO week with at least one day in the period, so a month shares its edge weeks with its neighbours. */
    public List<IsoWeek> weeks() {
        List<IsoWeek> weeks = new ArrayList<>();
        IsoWeek last = IsoWeek.of(to);
        for (IsoWeek week = IsoWeek.of(from); week.compareTo(last) <= 0; week = week.next()) {
            weeks.add(week);
        }
        return weeks;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Monday to Friday days, so scheduled hours can be pro-rated for a part week. Public holidays still count. */
    public int weekdays() {
        long days = days();
        int weekdays = (int) (days / 7) * 5;
        for (LocalDate day = from.plusDays(days - days % 7); !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) <= 0) {
                weekdays++;
            }
        }
        return weekdays;
    }

    public double workingWeeks() {
        return weekdays() / 5.0;
    }

    /** The calendar months the period touches, in order: monthly log reviews are judged per month. */
    public Set<YearMonth> months() {
        Set<YearMonth> months = new TreeSet<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return Collections.unmodifiableSet(months);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static ReportPeriod range(String from, String to) {
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, Messages.get("period.from-missing"), errors);
        LocalDate end = date("to", to, Messages.get("period.to-missing"), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", Messages.get("period.backwards"));
        }
        ReportPeriod period = of(start, end);
        if (period.days() > MAX_DAYS) {
            throw ProblemException.invalid("to", Messages.get("period.too-long"));
        }
        return period;
    }

    private static LocalDate date(String name, String text, String whenMissing, List<Problem.FieldError> errors) {
        if (!given(text)) {
            errors.add(new Problem.FieldError(name, whenMissing));
            return null;
        }
        try {
            // the pattern keeps out what ISO parsing would also take, such as +12026-01-01
            if (text.trim().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(text.trim());
            }
        } catch (DateTimeParseException e) {
            // reported below like any other malformed date
        }
        errors.add(new Problem.FieldError(name, Messages.get("query.date")));
        return null;
    }

    private static YearMonth month(String text) {
        try {
            if (text.trim().matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(text.trim());
            }
        } catch (DateTimeParseException e) {
            // reported below like any other malformed month
        }
        throw ProblemException.invalid("month", Messages.get("period.month"));
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
