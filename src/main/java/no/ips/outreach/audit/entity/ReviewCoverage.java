package no.ips.outreach.audit.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well the contact log was reviewed in a period. Only weeks that have ended are due; a sign-off that was followed
 * by a change to the week's visits no longer counts until signed again.
 *
 * @param weeksDue        specialist-weeks that have ended in the period
 * @param weeksReviewed   of those, the ones with a current sign-off
 * @param weeksChanged    of those, the ones changed after their sign-off
 */
public record ReviewCoverage(int weeksDue, int weeksReviewed, int weeksChanged, ContactLogReview level) {

    /** From counts already made, as the national report does in the database. */
    public static ReviewCoverage counted(int weeksDue, int weeksReviewed, int weeksChanged, boolean everyMonthReviewed) {
        ContactLogReview level = weeksDue > 0 && weeksReviewed == weeksDue ? ContactLogReview.WEEKLY
                : weeksDue > 0 && everyMonthReviewed ? ContactLogReview.MONTHLY : ContactLogReview.NONE;
        return new ReviewCoverage(weeksDue, weeksReviewed, weeksChanged, level);
    }

    /** The weeks of the period that have ended by today, and so are due for review. */
    public static List<IsoWeek> due(ReportPeriod period, LocalDate today) {
        return period.weeks().stream().filter(week -> week.sunday().isBefore(today)).toList();
    }

    /**
     * The calendar months the due weeks' days in the period fall in. A week reviewed counts for each month its days
     * (in the period) fall in: at most two, the month of its Monday and the month of its Sunday.
     */
    public static Set<YearMonth> dueMonths(List<IsoWeek> due, ReportPeriod period) {
        return months(due, period);
    }

    private static Set<YearMonth> months(List<IsoWeek> weeks, ReportPeriod period) {
        Set<YearMonth> months = new java.util.TreeSet<>();
        for (IsoWeek week : weeks) {
            LocalDate first = week.monday().isBefore(period.from()) ? period.from() : week.monday();
            LocalDate last = week.sunday().isAfter(period.to()) ? period.to() : week.sunday();
            months.add(YearMonth.from(first));
            months.add(YearMonth.from(last));
        }
        return months;
    }

    public static ReviewCoverage of(Collection<Long> specialistIds, List<WeekReview> reviews, ReportPeriod period,
                                    LocalDate today) {
        List<IsoWeek> due = due(period, today);
        Map<Long, Map<IsoWeek, WeekReview>> bySpecialist = reviews.stream().collect(Collectors.groupingBy(
                WeekReview::specialistId, Collectors.toMap(WeekReview::week, review -> review)));
        int reviewed = 0;
        int changed = 0;
        boolean monthly = !due.isEmpty() && !specialistIds.isEmpty();
        for (long specialist : specialistIds) {
            Map<IsoWeek, WeekReview> own = bySpecialist.getOrDefault(specialist, Map.of());
            for (IsoWeek week : due) {
                WeekReview review = own.get(week);
                if (review != null && review.isCurrent()) {
                    reviewed++;
                } else if (review != null) {
                    changed++;
                }
            }
            Set<YearMonth> reviewedMonths = months(due.stream()
                    .filter(week -> own.containsKey(week) && own.get(week).isCurrent()).toList(), period);
            monthly &= reviewedMonths.containsAll(dueMonths(due, period));
        }
        return counted(due.size() * specialistIds.size(), reviewed, changed, monthly);
    }
}
