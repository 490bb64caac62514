package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.ips.outreach.participants.entity.Shift;

/** When the work happens: weekly hours, shifts and start date, against what the participant said suits them. */
final class ScheduleFit {

    /** Hours a week outside their range at which the hours earn nothing. */
    static final double HOURS_TO_ZERO = 15;
    /** Days before their earliest start at which the start earns nothing. */
    static final double DAYS_TO_ZERO = 60;

    private ScheduleFit() {
    }

    static Assessment hours(SeekerProfile seeker, OpeningProfile opening) {
        BigDecimal hours = opening.hoursPerWeek();
        BigDecimal min = seeker.hoursMin();
        BigDecimal max = seeker.hoursMax();
        if (hours == null) {
            return Assessment.of(Assessment.HALF, () -> "The opening's hours are not stated");
        }
        Supplier<String> offered = () -> text(hours) + " h/week";
        if (min == null && max == null) {
            return Assessment.of(Assessment.HALF, () -> offered.get() + ": no hours preference");
        }
        Supplier<String> range = () -> min == null ? "maximum of " + text(max) + " h"
                : max == null ? "minimum of " + text(min) + " h"
                : text(min) + "-" + text(max) + " h";
        if (min != null && hours.compareTo(min) < 0) {
            BigDecimal below = min.subtract(hours);
            return Assessment.of(1 - below.doubleValue() / HOURS_TO_ZERO, () -> offered.get() + " is " + text(below) + " h below their " + range.get());
        }
        if (max != null && hours.compareTo(max) > 0) {
            BigDecimal above = hours.subtract(max);
            return Assessment.of(1 - above.doubleValue() / HOURS_TO_ZERO, () -> offered.get() + " is " + text(above) + " h above their " + range.get());
        }
        return Assessment.of(1, () -> offered.get() + (max == null ? " meets their " : " is within their ") + range.get());
    }

    /** Counted without copying either set: this runs for every opening a participant is ranked against. */
    static Assessment shifts(SeekerProfile seeker, OpeningProfile opening) {
        Set<Shift> offered = opening.shifts() == null ? Set.of() : opening.shifts();
        Set<Shift> accepted = seeker.shifts() == null ? Set.of() : seeker.shifts();
        if (offered.isEmpty()) {
            return Assessment.of(Assessment.HALF, () -> "The opening's shifts are not stated");
        }
        if (accepted.isEmpty()) {
            return Assessment.of(Assessment.HALF, () -> "No shift preference (the opening has " + names(copy(offered)) + ")");
        }
        int fitting = 0;
        for (Shift shift : offered) {
            if (accepted.contains(shift)) {
                fitting++;
            }
        }
        int count = offered.size();
        double share = (double) fitting / count;
        if (fitting == count) {
            return Assessment.of(share, () -> "They accept all its shifts (" + names(copy(offered)) + ")");
        }
        if (fitting == 0) {
            return Assessment.of(share, () -> "They accept none of its shifts (" + names(copy(offered)) + ")");
        }
        int accepting = fitting;
        return Assessment.of(share, () -> {
            Set<Shift> fit = copy(offered);
            fit.retainAll(accepted);
            Set<Shift> other = copy(offered);
            other.removeAll(accepted);
            return "They accept " + accepting + " of its " + count + " shifts (" + names(fit) + "; not " + names(other) + ")";
        });
    }

    /** An opening without a start date, or with one already past, starts today. */
    static Assessment start(SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        LocalDate starts = opening.startDate() == null || opening.startDate().isBefore(today) ? today : opening.startDate();
        Supplier<String> when = () -> starts.equals(today) ? "Starts now" : "Starts " + starts;
        LocalDate earliest = seeker.earliestStart();
        if (earliest == null) {
            return Assessment.of(1, () -> when.get() + "; they can start any time");
        }
        if (!starts.isBefore(earliest)) {
            return Assessment.of(1, () -> when.get() + ", on or after their earliest start " + earliest);
        }
        long early = ChronoUnit.DAYS.between(starts, earliest);
        return Assessment.of(1 - early / DAYS_TO_ZERO, () -> when.get() + ", " + early + (early == 1 ? " day" : " days")
                + " before they can start (" + earliest + ")");
    }

    private static Set<Shift> copy(Set<Shift> shifts) {
        return shifts == null || shifts.isEmpty() ? EnumSet.noneOf(Shift.class) : EnumSet.copyOf(shifts);
    }

    private static String names(Set<Shift> shifts) {
        return shifts.stream().map(shift -> shift.name().toLowerCase()).collect(Collectors.joining(", "));
    }

    static String text(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
