package no.ips.outreach.audit.entity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How well the contact log was reviewed in a period. Only weeks that have ended are due; a sign-off that was followed
 * by a change to the week's visits no longer counts until signed again, and one given later than the set number of days
 * after the week ended counts toward the monthly review only. The log is reviewed weekly when every due week has a
 * current sign-off given in time, and at least monthly when every due week has a current sign-off at all, in time or
 * late: a month is reviewed only when each of its weeks is.
 *
 * @param weeksDue        specialist-weeks that have ended in the period
 * @param weeksReviewed   of those, the ones with a current sign-off given in time (reviewed weekly)
 * @param weeksChanged    of those, the ones changed after their sign-off
 */
public record ReviewCoverage(int weeksDue, int weeksReviewed, int weeksChanged, ContactLogReview level) {

    /** From counts already made, as the national report does in the database. */
    public static ReviewCoverage counted(int weeksDue, int weeksReviewed, int weeksChanged, boolean everyWeekSigned) {
        ContactLogReview level = weeksDue > 0 && weeksReviewed == weeksDue ? ContactLogReview.WEEKLY
                : weeksDue > 0 && everyWeekSigned ? ContactLogReview.MONTHLY : ContactLogReview.NONE;
        return new ReviewCoverage(weeksDue, weeksReviewed, weeksChanged, level);
    }

    /** The weeks of the period that have ended by today, and so are due for review. */
    public static List<IsoWeek> due(ReportPeriod period, LocalDate today) {
        return period.weeks().stream().filter(week -> week.sunday().isBefore(today)).toList();
    }

    /**
     * The month a week belongs to: the month of its Thursday, as ISO 8601 puts a week in the year of its Thursday. Every
     * week belongs to exactly one month, so a week across two months is reviewed once.
     */
    public static YearMonth monthOf(IsoWeek week) {
        return YearMonth.from(week.monday().plusDays(3));
    }

    public static ReviewCoverage of(Collection<Long> specialistIds, List<WeekReview> reviews, ReportPeriod period,
                                    LocalDate today) {
        List<IsoWeek> due = due(period, today);
        Map<Long, Map<IsoWeek, WeekReview>> bySpecialist = reviews.stream().collect(Collectors.groupingBy(
                WeekReview::specialistId, Collectors.toMap(WeekReview::week, review -> review)));
        int reviewed = 0;
        int changed = 0;
        int signed = 0;
        for (long specialist : specialistIds) {
            Map<IsoWeek, WeekReview> own = bySpecialist.getOrDefault(specialist, Map.of());
            for (IsoWeek week : due) {
                WeekReview review = own.get(week);
                if (review != null && review.isWeekly()) {
                    reviewed++;
                } else if (review != null && !review.isCurrent()) {
                    changed++;
                }
                if (review != null && review.isCurrent()) {
                    signed++;
                }
            }
        }
        int weeksDue = due.size() * specialistIds.size();
        // a sign-off covers only the week it names: one signed week never makes another look reviewed
        return counted(weeksDue, reviewed, changed, signed == weeksDue);
    }
}
