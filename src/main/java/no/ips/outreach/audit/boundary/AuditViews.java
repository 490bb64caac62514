package no.ips.outreach.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ips.outreach.audit.control.AuditReports.OutreachReport;
import no.ips.outreach.audit.control.AuditReports.SpecialistOutreach;
import no.ips.outreach.audit.control.NationalReports;
import no.ips.outreach.audit.entity.FidelityItem;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.RapidJobSearch;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekFigures;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.audit.entity.WeekSignOff;
import no.ips.outreach.audit.entity.Workload;
import no.ips.outreach.audit.entity.WorkingCalendar;
import no.ips.outreach.teams.entity.Team;

/** Turns a report into what a given reader may see of it. */
@ApplicationScoped
public class AuditViews {

    OutreachReportView report(Team team, String specialist, OutreachReport report, String reader) {
        return new OutreachReportView(team.id(), team.name(), specialist,
                period(report.period(), report.calendar(), report.total().workingWeeks()),
                FiguresView.of(report.total(), report.outliers()),
                report.specialists().stream().map(AuditViews::line).toList(),
                report.total().frequentContact().leftOut(), rapidJobSearch(report.rapidJobSearch(), reader),
                jobStarts(report.jobStarts()), reviews(report),
                report.scorecard(), weekly(report.weekly()));
    }

    NationalReportView national(NationalReports.NationalReport report) {
        var rapid = report.rapidJobSearch();
        // the country's participants are counted, never listed
        var counts = new RapidJobSearchView(FiguresView.shown(FidelityItem.RAPID_JOB_SEARCH, rapid.averageDays(), 0),
                rapid.reachedCount(), rapid.waitingCount(), rapid.countedTo(), List.of(), List.of());
        var period = report.period();
        return new NationalReportView(new PeriodView(period.label(), period.from(), period.to(),
                report.total().workingWeeks(), null, null), FiguresView.of(report.total()),
                report.teams().stream().map(line -> new TeamLineView(line.team().id(), line.team().code(),
                        line.team().name(), line.team().region(), line.outreach().specialists(), FiguresView.of(line.outreach()),
                        line.review().weeksDue(), line.review().weeksReviewed(), line.review().weeksChanged())).toList(),
                counts, jobStarts(report.jobStarts()), report.review().weeksDue(), report.review().weeksReviewed(),
                report.review().weeksChanged(), report.review().level(), report.scorecard(), weekly(report.weekly()));
    }

    static PeriodView period(ReportPeriod period, WorkingCalendar calendar, double workingWeeks) {
        return new PeriodView(period.label(), period.from(), period.to(), workingWeeks, calendar.country(),
                calendar.holidaysOnWeekdays(period));
    }

    static SpecialistLineView line(SpecialistOutreach line) {
        var w = line.workload();
        return new SpecialistLineView(w.username(), w.displayName(), w.weeklyHours(), w.weeklyMinutes(),
                w.hasContactTarget() ? w.weeklyContactTarget() : null,
                w.hasContactTarget() ? null : Workload.noJobSeekers(), FiguresView.of(line.outreach()),
                line.review().weeksDue(), line.review().weeksReviewed(), line.review().weeksChanged());
    }

    /** Participants are named only to their own specialist: team reports show the rest as counts and days. */
    static RapidJobSearchView rapidJobSearch(RapidJobSearch rapid, String reader) {
        List<RapidJobSearchView.Reached> reached = rapid.reached().stream().map(r -> {
            var p = r.participant();
            boolean own = p.specialist().equals(reader);
            return new RapidJobSearchView.Reached(own ? p.participantId() : null, own ? p.alias() : null,
                    own ? p.enrolledOn() : null, own ? p.firstFaceToFace() : null, r.days());
        }).toList();
        List<RapidJobSearchView.Waiting> waiting = rapid.waiting().stream().map(w -> {
            var p = w.participant();
            boolean own = p.specialist().equals(reader);
            return new RapidJobSearchView.Waiting(own ? p.participantId() : null, own ? p.alias() : null,
                    own ? p.enrolledOn() : null, rapid.countedTo(), w.daysWaited());
        }).toList();
        return new RapidJobSearchView(FiguresView.shown(FidelityItem.RAPID_JOB_SEARCH, rapid.averageDays(), 0),
                rapid.reachedCount(), rapid.waitingCount(), rapid.countedTo(), reached, waiting);
    }

    static JobStartsView jobStarts(List<JobStartFact> jobs) {
        return new JobStartsView(jobs.size(), jobs.stream().map(JobStartFact::iscoCode).distinct().count(),
                jobs.stream().map(JobStartFact::employerId).distinct().count(),
                jobs.stream().filter(JobStartFact::competitive).count());
    }

    /**
     * Every specialist-week of the period that is due (has ended), reviewed or not, so that the gaps show; a week that
     * has not ended is neither due nor missing. The due weeks are the first of the period's weeks, as many as the
     * specialist's own count of weeks due, so the list always agrees with the counts.
     */
    static List<ReviewView> reviews(OutreachReport report) {
        Map<Long, Map<IsoWeek, WeekReview>> signed = report.reviews().stream().collect(Collectors.groupingBy(
                WeekReview::specialistId, Collectors.toMap(WeekReview::week, r -> r)));
        List<ReviewView> views = new ArrayList<>();
        for (SpecialistOutreach line : report.specialists()) {
            for (IsoWeek week : report.period().weeks().subList(0, line.review().weeksDue())) {
                WeekReview r = signed.getOrDefault(line.workload().specialistId(), Map.of()).get(week);
                views.add(r == null ? new ReviewView(line.workload().username(), week.toString(),
                        ReviewView.Status.NOT_REVIEWED, null, null, null, null, null, null, null, null, null, null)
                        : review(line.workload().username(), r));
            }
        }
        return views;
    }

    public static ReviewView review(String specialist, WeekReview r) {
        return review(specialist, r, null);
    }

    public static ReviewView review(String specialist, WeekReview r, List<WeekSignOff> history) {
        return new ReviewView(specialist, r.week().toString(),
                r.isCurrent() ? ReviewView.Status.SIGNED_OFF : ReviewView.Status.CHANGED_AFTER_REVIEW, r.signedBy(),
                r.signedAt(), r.contactsSigned(), r.changedAt(), r.changedBy(), r.changedVisitId(), r.changedRevision(),
                r.inTime(), r.note(), history == null ? null : history.stream().map(s -> new ReviewView.SignOffView(
                        s.signedBy(), s.signedAt(), s.contactsSigned(), s.inTime(), s.note())).toList());
    }

    static List<WeekView> weekly(List<WeekFigures> weeks) {
        return weeks.stream().map(w -> {
            var f = w.outreach();
            var frequent = f.frequentContact();
            return new WeekView(w.week().toString(), w.days().from(), w.days().to(), f.tally().faceToFace(),
                    f.distinctEmployers(), FiguresView.shown(FidelityItem.FREQUENT_EMPLOYER_CONTACT,
                            frequent.perSpecialistWeek(), f.weeklyTarget()), f.tally().otherContacts(),
                    f.tally().communityMinutes(), FiguresView.shown(FidelityItem.COMMUNITY_BASED_SERVICES,
                            f.communityPercent(), 0),
                    FiguresView.shown(FidelityItem.INDIVIDUALIZED_JOB_SEARCH, f.individualizedPercent(), 0),
                    w.weeksReviewed());
        }).toList();
    }
}
