package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.LoggedContact;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.audit.entity.RapidJobSearch;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.ReviewCoverage;
import no.ips.outreach.audit.entity.Scorecard;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.audit.entity.WeekFigures;
import no.ips.outreach.audit.entity.Workload;
import no.ips.outreach.audit.entity.WorkingCalendar;
import no.ips.outreach.teams.entity.Region;
import no.ips.outreach.teams.entity.TeamKind;
import no.ips.outreach.platform.control.Sql;

/**
 * The national report: every team's outreach, summed from the weekly and daily ledgers (a million visits are too many
 * to read per request), with the same figures and scorecard as a team report. Every query here reads a summary:
 * ledger weeks and days, caseload counts, sign-off counts per week and month, first contacts. It does not count distinct employers met face
 * to face, which only every visit of the period can tell; team and specialist reports do.
 */
@ApplicationScoped
public class NationalReports {

    private static final String SUMS = OutreachLedger.SUMS.stream().map(column -> "SUM(" + column + ")")
            .collect(Collectors.joining(", "));

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    CaseloadProgress progress;

    @Inject
    AuditReports reports;

    @Inject
    ContactLog contactLog;

    @Inject
    HolidayCalendars holidays;

    public NationalReport of(ReportPeriod period) {
        LocalDate today = reports.today();
        Map<Long, TeamIdentity> teams = teams();
        Map<Long, List<Workload>> workloads = workloadsByTeam(period);
        List<LoggedContact> leftOutContacts = contactsWithoutTarget(workloads, period);
        Map<String, Long> leftOut = AuditReports.faceToFaceBy(leftOutContacts);
        Map<Long, OutreachTally> byTeam = ledger("team_id", period);
        List<IsoWeek> due = ReviewCoverage.due(period, today);
        Map<Long, ReviewCoverage> reviews = reviewsByTeam(workloads, due);
        List<TeamOutreach> lines = new ArrayList<>();
        for (TeamIdentity team : teams.values()) {
            OutreachTally tally = byTeam.getOrDefault(team.id(), OutreachTally.NONE);
            lines.add(new TeamOutreach(team, OutreachFigures.of(workloads.getOrDefault(team.id(), List.of()), tally,
                    null, period, leftOut), reviews.getOrDefault(team.id(), ReviewCoverage.counted(0, 0, 0, false))));
        }
        List<Workload> everyone = workloads.values().stream().flatMap(List::stream).toList();
        OutreachTally total = lines.stream().map(line -> line.outreach().tally()).reduce(OutreachTally.NONE, OutreachTally::plus);
        OutreachFigures figures = OutreachFigures.of(everyone, total, null, period, leftOut);
        ReviewCoverage coverage = sum(reviews.values(), everyWeekSigned(everyone.size(), due));
        RapidJobSearch rapid = progress.rapidJobSearch(period, today);
        List<JobStartFact> jobStarts = progress.jobStarts(null, period);
        return new NationalReport(period, figures, lines, rapid, jobStarts, coverage,
                Scorecard.of(figures, coverage, rapid, jobStarts), weekly(everyone, ledger("week_start", period), leftOutContacts, period));
    }

    /**
     * The contacts of specialists without job seekers, who are left out of the contact rate: the ledgers count by team,
     * so these few are read from the visit log.
     */
    private List<LoggedContact> contactsWithoutTarget(Map<Long, List<Workload>> workloads, ReportPeriod period) {
        List<String> usernames = workloads.values().stream().flatMap(List::stream).filter(w -> !w.hasContactTarget())
                .map(Workload::username).toList();
        boolean anyCounted = workloads.values().stream().flatMap(List::stream).anyMatch(Workload::hasContactTarget);
        return usernames.isEmpty() || !anyCounted ? List.of() : contactLog.between(usernames, period);
    }

    private static List<WeekFigures> weekly(List<Workload> everyone, Map<Long, OutreachTally> byWeek,
                                            List<LoggedContact> leftOutContacts, ReportPeriod period) {
        Map<IsoWeek, List<LoggedContact>> leftOutByWeek = leftOutContacts.stream()
                .collect(Collectors.groupingBy(c -> IsoWeek.of(c.facts().day())));
        List<WeekFigures> weeks = new ArrayList<>();
        for (IsoWeek week : period.weeks()) {
            LocalDate from = week.monday().isBefore(period.from()) ? period.from() : week.monday();
            LocalDate to = week.sunday().isAfter(period.to()) ? period.to() : week.sunday();
            ReportPeriod days = ReportPeriod.of(from, to);
            weeks.add(new WeekFigures(week, days, OutreachFigures.of(everyone,
                    byWeek.getOrDefault(week.monday().toEpochDay(), OutreachTally.NONE), null, days,
                    AuditReports.faceToFaceBy(leftOutByWeek.getOrDefault(week, List.of()))), null));
        }
        return weeks;
    }

    /**
     * The period's outreach summed by {@code key} (team_id, or week_start as the Monday's epoch day): whole weeks from
     * the weekly ledger, the days of a week the period covers only in part from the daily one.
     */
    private Map<Long, OutreachTally> ledger(String key, ReportPeriod period) {
        LocalDate firstMonday = period.from().getDayOfWeek() == DayOfWeek.MONDAY ? period.from()
                : IsoWeek.of(period.from()).next().monday();
        LocalDate lastSunday = period.to().getDayOfWeek() == DayOfWeek.SUNDAY ? period.to()
                : IsoWeek.of(period.to()).monday().minusDays(1);
        Map<Long, OutreachTally> sums = new HashMap<>();
        if (firstMonday.isBefore(lastSunday)) {
            add(sums, em.createNativeQuery("SELECT " + key + ", " + SUMS + " FROM outreach_team_week "
                            + "WHERE week_start BETWEEN ? AND ? GROUP BY " + key)
                    .setParameter(1, firstMonday).setParameter(2, lastSunday.minusDays(6)).getResultList());
            add(sums, em.createNativeQuery("SELECT " + key + ", " + SUMS + " FROM outreach_team_day "
                            + "WHERE contact_day BETWEEN ? AND ? OR contact_day BETWEEN ? AND ? GROUP BY " + key)
                    .setParameter(1, period.from()).setParameter(2, firstMonday.minusDays(1))
                    .setParameter(3, lastSunday.plusDays(1)).setParameter(4, period.to()).getResultList());
        } else {
            add(sums, em.createNativeQuery("SELECT " + key + ", " + SUMS + " FROM outreach_team_day "
                            + "WHERE contact_day BETWEEN ? AND ? GROUP BY " + key)
                    .setParameter(1, period.from()).setParameter(2, period.to()).getResultList());
        }
        return sums;
    }

    private static void add(Map<Long, OutreachTally> sums, List<?> rows) {
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            long[] n = new long[OutreachLedger.SUMS.size()];
            for (int i = 0; i < n.length; i++) {
                n[i] = ((Number) row[i + 1]).longValue();
            }
            long key = row[0] instanceof Number number ? number.longValue() : Sql.date(row[0]).toEpochDay();
            sums.merge(key, OutreachTally.ofCounts(n), OutreachTally::plus);
        }
    }

    private Map<Long, List<Workload>> workloadsByTeam(ReportPeriod period) {
        Map<TeamKind, WorkingCalendar> calendars = new EnumMap<>(TeamKind.class);
        Map<Long, long[]> caseloads = new HashMap<>();
        for (Object result : em.createNativeQuery("SELECT specialist_id, status, COUNT(*) FROM participant "
                + "GROUP BY specialist_id, status").getResultList()) {
            Object[] row = (Object[]) result;
            long[] counts = caseloads.computeIfAbsent(((Number) row[0]).longValue(), id -> new long[2]);
            String status = (String) row[1];
            counts[0] += "CLOSED".equals(status) ? 0 : count(row[2]);
            counts[1] += "JOB_SEARCH".equals(status) ? count(row[2]) : 0;
        }
        Map<Long, List<Workload>> byTeam = new HashMap<>();
        for (Object result : em.createNativeQuery("SELECT s.team_id, s.id, s.username, s.display_name, s.weekly_hours, "
                        + "t.kind FROM specialist s JOIN team t ON t.id = s.team_id").getResultList()) {
            Object[] row = (Object[]) result;
            long id = ((Number) row[1]).longValue();
            long[] counts = caseloads.getOrDefault(id, new long[2]);
            byTeam.computeIfAbsent(((Number) row[0]).longValue(), team -> new ArrayList<>()).add(new Workload(id,
                    (String) row[2], (String) row[3], (BigDecimal) row[4], counts[0], counts[1],
                    calendars.computeIfAbsent(TeamKind.valueOf((String) row[5]), kind -> holidays.of(kind, period))));
        }
        return byTeam;
    }

    /** Sign-offs of the weeks that have ended, per team, from the weekly ledger. */
    private Map<Long, ReviewCoverage> reviewsByTeam(Map<Long, List<Workload>> workloads, List<IsoWeek> due) {
        Map<Long, ReviewCoverage> coverage = new HashMap<>();
        if (due.isEmpty()) {
            return coverage;
        }
        Map<Long, long[]> counted = new HashMap<>();
        for (Object result : em.createNativeQuery("SELECT team_id, SUM(reviews_current), SUM(reviews_changed) "
                        + "FROM outreach_team_week WHERE week_start BETWEEN ? AND ? GROUP BY team_id")
                .setParameter(1, due.get(0).monday()).setParameter(2, due.get(due.size() - 1).monday()).getResultList()) {
            Object[] row = (Object[]) result;
            counted.put(((Number) row[0]).longValue(), new long[] {count(row[1]), count(row[2])});
        }
        workloads.forEach((team, members) -> {
            long[] n = counted.getOrDefault(team, new long[2]);
            coverage.put(team, ReviewCoverage.counted(due.size() * members.size(), (int) n[0], (int) n[1], false));
        });
        return coverage;
    }

    /** Whether every specialist has a current sign-off, in time or late, of every week that has ended. */
    private boolean everyWeekSigned(int specialists, List<IsoWeek> due) {
        if (due.isEmpty() || specialists == 0) {
            return false;
        }
        long signed = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM week_review "
                        + "WHERE week_start BETWEEN ? AND ? AND changed_at IS NULL")
                .setParameter(1, due.get(0).monday()).setParameter(2, due.get(due.size() - 1).monday())
                .getSingleResult()).longValue();
        return signed == (long) specialists * due.size();
    }

    private static ReviewCoverage sum(Collection<ReviewCoverage> teams, boolean everyWeekSigned) {
        int due = teams.stream().mapToInt(ReviewCoverage::weeksDue).sum();
        int reviewed = teams.stream().mapToInt(ReviewCoverage::weeksReviewed).sum();
        int changed = teams.stream().mapToInt(ReviewCoverage::weeksChanged).sum();
        return ReviewCoverage.counted(due, reviewed, changed, everyWeekSigned);
    }

    private Map<Long, TeamIdentity> teams() {
        Map<Long, TeamIdentity> teams = new LinkedHashMap<>();
        em.createQuery("SELECT t.id, t.code, t.name, t.kind, t.municipalityCode FROM Team t ORDER BY t.name", Object[].class)
                .getResultStream().forEach(row -> teams.put((Long) row[0], new TeamIdentity((Long) row[0],
                        (String) row[1], (String) row[2], Region.of((TeamKind) row[3], (String) row[4]))));
        return teams;
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    public record TeamIdentity(long id, String code, String name, Region region) {
    }

    public record TeamOutreach(TeamIdentity team, OutreachFigures outreach, ReviewCoverage review) {
    }

    public record NationalReport(ReportPeriod period, OutreachFigures total, List<TeamOutreach> teams,
                                 RapidJobSearch rapidJobSearch, List<JobStartFact> jobStarts, ReviewCoverage review,
                                 List<ScorecardLine> scorecard, List<WeekFigures> weekly) {
    }
}
