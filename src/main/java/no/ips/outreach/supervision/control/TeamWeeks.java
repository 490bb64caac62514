package no.ips.outreach.supervision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.audit.control.AuditReports;
import no.ips.outreach.audit.control.AuditReports.OutreachReport;
import no.ips.outreach.audit.control.AuditReports.SpecialistOutreach;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The manager's weekly routine in one answer: each specialist's week and the eight before it, built from the same
 * audit reports the fidelity figures come from (one per week), so the desk never shows a number the audit would not.
 */
@ApplicationScoped
public class TeamWeeks {

    /** The week asked for and the eight before it: two months of trend, as the issue of the manager's desk asks. */
    public static final int TREND_WEEKS = 9;

    /** IPS principle 3: the first employer contact within 30 days of enrolment. */
    public static final int FIRST_CONTACT_DAYS = 30;

    @Inject
    AuditReports reports;

    @Inject
    WeekPlans plans;

    @Inject
    Clock clock;

    public TeamWeek of(List<Specialist> specialists, IsoWeek week) {
        LocalDate today = LocalDate.now(clock.withZone(ContactFacts.ZONE));
        List<IsoWeek> weeks = new ArrayList<>();
        for (int back = TREND_WEEKS - 1; back >= 0; back--) {
            weeks.add(IsoWeek.of(week.monday().minusWeeks(back)));
        }
        List<OutreachReport> byWeek = weeks.stream().map(w -> reports.of(specialists, ReportPeriod.ofWeek(w))).toList();
        OutreachReport current = byWeek.get(byWeek.size() - 1);
        List<SpecialistWeeks> lines = specialists.stream().map(specialist -> {
            List<SpecialistWeek> trend = new ArrayList<>();
            for (int i = 0; i < weeks.size(); i++) {
                OutreachReport report = byWeek.get(i);
                trend.add(new SpecialistWeek(weeks.get(i), line(report, specialist),
                        review(report, specialist, weeks.get(i))));
            }
            long overdue = current.rapidJobSearch().waiting().stream()
                    .filter(w -> w.participant().specialist().equals(specialist.username()))
                    .filter(w -> w.daysWaited() > FIRST_CONTACT_DAYS).count();
            long plannedLeft = plans.inWeek(specialist.username(), week).stream().filter(p -> p.upcoming(today)).count();
            return new SpecialistWeeks(specialist, trend, overdue, plannedLeft);
        }).toList();
        List<TeamWeek.Totals> team = new ArrayList<>();
        for (int i = 0; i < weeks.size(); i++) {
            team.add(new TeamWeek.Totals(weeks.get(i), byWeek.get(i)));
        }
        return new TeamWeek(week, today, lines, team);
    }

    private static SpecialistOutreach line(OutreachReport report, Specialist specialist) {
        return report.specialists().stream().filter(l -> l.workload().specialistId() == specialist.id()).findFirst()
                .orElseThrow();
    }

    private static Optional<WeekReview> review(OutreachReport report, Specialist specialist, IsoWeek week) {
        Map<IsoWeek, WeekReview> own = report.reviews().stream().filter(r -> r.specialistId() == specialist.id())
                .collect(Collectors.toMap(WeekReview::week, Function.identity()));
        return Optional.ofNullable(own.get(week));
    }

    /** One specialist-week: the audit's figures for it and its sign-off, if any. */
    public record SpecialistWeek(IsoWeek week, SpecialistOutreach outreach, Optional<WeekReview> review) {
    }

    /**
     * @param trend                oldest week first, the week asked for last
     * @param waitingPastDeadline  participants still without a first employer contact after 30 days
     * @param plannedLeft          planned visits of the week still ahead (today's included)
     */
    public record SpecialistWeeks(Specialist specialist, List<SpecialistWeek> trend, long waitingPastDeadline,
                                  long plannedLeft) {

        public SpecialistWeek current() {
            return trend.get(trend.size() - 1);
        }
    }

    /** The team's weeks and every specialist's, as of {@code today}. */
    public record TeamWeek(IsoWeek week, LocalDate today, List<SpecialistWeeks> specialists, List<Totals> team) {

        /** A week can be signed off from its last working day, Friday (the audit's rule). */
        public boolean signable(IsoWeek which) {
            return !today.isBefore(which.monday().plusDays(4));
        }

        public boolean ended(IsoWeek which) {
            return today.isAfter(which.sunday());
        }

        public record Totals(IsoWeek week, OutreachReport report) {
        }
    }
}
