package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;

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
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.hours.unknown"));
        }
        Supplier<String> offered = () -> Messages.get("why.hours.offered", Messages.decimal(text(hours)));
        if (min == null && max == null) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.hours.no-preference", offered.get()));
        }
        Supplier<String> range = () -> min == null ? Messages.get("why.hours.maximum", Messages.decimal(text(max)))
                : max == null ? Messages.get("why.hours.minimum", Messages.decimal(text(min)))
                : Messages.get("why.hours.range", Messages.decimal(text(min)), Messages.decimal(text(max)));
        if (min != null && hours.compareTo(min) < 0) {
            BigDecimal below = min.subtract(hours);
            return Assessment.of(1 - below.doubleValue() / HOURS_TO_ZERO, () -> Messages.get("why.hours.below", offered.get(), Messages.decimal(text(below)), range.get()));
        }
        if (max != null && hours.compareTo(max) > 0) {
            BigDecimal above = hours.subtract(max);
            return Assessment.of(1 - above.doubleValue() / HOURS_TO_ZERO, () -> Messages.get("why.hours.above", offered.get(), Messages.decimal(text(above)), range.get()));
        }
        return Assessment.of(1, () -> Messages.get(max == null ? "why.hours.meets" : "why.hours.within", offered.get(), range.get()));
    }

    /** Counted without copying either set: this runs for every opening a participant is ranked against. */
    static Assessment shifts(SeekerProfile seeker, OpeningProfile opening) {
        Set<Shift> offered = opening.shifts() == null ? Set.of() : opening.shifts();
        Set<Shift> accepted = seeker.shifts() == null ? Set.of() : seeker.shifts();
        if (offered.isEmpty()) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.shifts.unknown"));
        }
        if (accepted.isEmpty()) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.shifts.no-preference", names(copy(offered))));
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
            return Assessment.of(share, () -> Messages.get("why.shifts.all", names(copy(offered))));
        }
        if (fitting == 0) {
            return Assessment.of(share, () -> Messages.get("why.shifts.none", names(copy(offered))));
        }
        int accepting = fitting;
        return Assessment.of(share, () -> {
            Set<Shift> fit = copy(offered);
            fit.retainAll(accepted);
            Set<Shift> other = copy(offered);
            other.removeAll(accepted);
            return Messages.get("why.shifts.some", String.valueOf(accepting), String.valueOf(count), names(fit), names(other));
        });
    }

    /** An opening without a start date, or with one already past, starts today. */
    static Assessment start(SeekerProfile seeker, OpeningProfile opening, LocalDate today) {
        LocalDate starts = opening.startDate() == null || opening.startDate().isBefore(today) ? today : opening.startDate();
        Supplier<String> when = () -> starts.equals(today) ? Messages.get("why.start.now") : Messages.get("why.start.on", starts);
        LocalDate earliest = seeker.earliestStart();
        if (earliest == null) {
            return Assessment.of(1, () -> Messages.get("why.start.any-time", when.get()));
        }
        if (!starts.isBefore(earliest)) {
            return Assessment.of(1, () -> Messages.get("why.start.after-earliest", when.get(), earliest));
        }
        long early = ChronoUnit.DAYS.between(starts, earliest);
        return Assessment.of(1 - early / DAYS_TO_ZERO, () -> Messages.get("why.start.early", when.get(), early, earliest));
    }

    private static Set<Shift> copy(Set<Shift> shifts) {
        return shifts == null || shifts.isEmpty() ? EnumSet.noneOf(Shift.class) : EnumSet.copyOf(shifts);
    }

    private static String names(Set<Shift> shifts) {
        return shifts.stream().map(shift -> Messages.label(shift).toLowerCase(RequestLanguage.current().locale()))
                .collect(Collectors.joining(", "));
    }

    static String text(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
