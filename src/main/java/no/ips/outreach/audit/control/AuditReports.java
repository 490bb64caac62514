package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.CommunityOutliers;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.LoggedContact;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.audit.entity.ParticipantJourney;
import no.ips.outreach.audit.entity.RapidJobSearch;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.ReviewCoverage;
import no.ips.outreach.audit.entity.Scorecard;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.audit.entity.WeekFigures;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.audit.entity.Workload;
import no.ips.outreach.audit.entity.WorkingCalendar;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * Builds the outreach report of a group of specialists (one, or a team) from the visit log itself: a team's two years
 * are some ten thousand contacts, few enough to read and sum exactly.
 */
@ApplicationScoped
public class AuditReports {

    @Inject
    ContactLog contactLog;

    @Inject
    CaseloadProgress progress;

    @Inject
    WeekReviews reviews;

    @Inject
    HolidayCalendars holidays;

    @Inject
    Clock clock;

    public OutreachReport of(List<Specialist> specialists, ReportPeriod period) {
        List<String> usernames = specialists.stream().map(Specialist::username).toList();
        List<Long> ids = specialists.stream().map(Specialist::id).toList();
        List<LoggedContact> contacts = contactLog.between(usernames, period);
        List<ParticipantJourney> journeys = progress.journeys(usernames);
        List<JobStartFact> jobStarts = progress.jobStarts(usernames, period);
        List<WeekReview> weekReviews = reviews.of(ids, period);
        LocalDate today = today();

        Map<String, List<ParticipantJourney>> caseloads = journeys.stream()
                .collect(Collectors.groupingBy(ParticipantJourney::specialist));
        Map<String, List<LoggedContact>> contactsBy = contacts.stream()
                .collect(Collectors.groupingBy(LoggedContact::specialist));
        Map<Long, List<WeekReview>> reviewsOf = weekReviews.stream().collect(Collectors.groupingBy(WeekReview::specialistId));
        Map<TeamKind, WorkingCalendar> calendars = new EnumMap<>(TeamKind.class);
        List<SpecialistOutreach> rows = new ArrayList<>();
        for (Specialist specialist : specialists) {
            WorkingCalendar calendar = calendars.computeIfAbsent(specialist.team().kind(), k -> holidays.of(k, period));
            Workload workload = workload(specialist, caseloads.getOrDefault(specialist.username(), List.of()), calendar);
            rows.add(new SpecialistOutreach(workload, figures(List.of(workload),
                    contactsBy.getOrDefault(specialist.username(), List.of()), period),
                    ReviewCoverage.of(List.of(specialist.id()), reviewsOf.getOrDefault(specialist.id(), List.of()),
                            period, today)));
        }
        List<Workload> workloads = rows.stream().map(SpecialistOutreach::workload).toList();
        OutreachFigures total = figures(workloads, contacts, period);
        ReviewCoverage coverage = ReviewCoverage.of(ids, weekReviews, period, today);
        RapidJobSearch rapid = RapidJobSearch.of(journeys, period, today);
        WorkingCalendar calendar = workloads.isEmpty() ? WorkingCalendar.WEEKDAYS : workloads.get(0).calendar();
        return new OutreachReport(period, calendar, total, CommunityOutliers.of(contacts), rows, rapid, jobStarts,
                weekReviews, coverage, Scorecard.of(total, coverage, rapid, jobStarts),
                weekly(workloads, contacts, weekReviews, period, today));
    }

    private List<WeekFigures> weekly(List<Workload> workloads, List<LoggedContact> contacts, List<WeekReview> weekReviews,
                                     ReportPeriod period, LocalDate today) {
        List<WeekFigures> weeks = new ArrayList<>();
        Set<Long> ids = workloads.stream().map(Workload::specialistId).collect(Collectors.toSet());
        Map<IsoWeek, List<LoggedContact>> contactsIn = contacts.stream()
                .collect(Collectors.groupingBy(c -> IsoWeek.of(c.facts().day())));
        Map<IsoWeek, List<WeekReview>> signedIn = weekReviews.stream().collect(Collectors.groupingBy(WeekReview::week));
        for (IsoWeek week : period.weeks()) {
            ReportPeriod days = ReportPeriod.of(max(week.monday(), period.from()), min(week.sunday(), period.to()));
            weeks.add(new WeekFigures(week, days, figures(workloads, contactsIn.getOrDefault(week, List.of()), days),
                    ReviewCoverage.of(ids, signedIn.getOrDefault(week, List.of()), ReportPeriod.ofWeek(week), today)
                            .weeksReviewed()));
        }
        return weeks;
    }

    static OutreachFigures figures(List<Workload> workloads, Collection<LoggedContact> contacts, ReportPeriod period) {
        OutreachTally tally = contacts.stream().map(c -> OutreachTally.of(c.facts()))
                .reduce(OutreachTally.NONE, OutreachTally::plus);
        Long employers = contacts.stream().filter(c -> c.facts().faceToFace()).map(LoggedContact::employerId)
                .distinct().count();
        return OutreachFigures.of(workloads, tally, employers, period, faceToFaceBy(contacts));
    }

    /** Face-to-face contacts by specialist, so that those without job seekers can be left out of the contact rate. */
    static Map<String, Long> faceToFaceBy(Collection<LoggedContact> contacts) {
        return contacts.stream().filter(c -> c.facts().faceToFace())
                .collect(Collectors.groupingBy(LoggedContact::specialist, Collectors.counting()));
    }

    private static Workload workload(Specialist specialist, List<ParticipantJourney> caseload, WorkingCalendar calendar) {
        return new Workload(specialist.id(), specialist.username(), specialist.displayName(), specialist.weeklyHours(),
                count(caseload, ParticipantJourney::inCaseload), count(caseload, ParticipantJourney::seekingWork),
                calendar);
    }

    private static long count(List<ParticipantJourney> journeys, Predicate<ParticipantJourney> which) {
        return journeys.stream().filter(which).count();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ContactFacts.ZONE));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One specialist's line of a report. */
    public record SpecialistOutreach(Workload workload, OutreachFigures outreach, ReviewCoverage review) {
    }

    /**
     * Everything a team or specialist report shows; the boundary decides what each reader may see of it.
     *
     * @param calendar the team's working days (its specialists share it)
     * @param outliers the longest visits and days behind the time in the community
     */
    public record OutreachReport(ReportPeriod period, WorkingCalendar calendar, OutreachFigures total,
                                 CommunityOutliers outliers, List<SpecialistOutreach> specialists,
                                 RapidJobSearch rapidJobSearch, List<JobStartFact> jobStarts, List<WeekReview> reviews,
                                 ReviewCoverage review, List<ScorecardLine> scorecard,
                                 List<WeekFigures> weekly) {
    }
}
