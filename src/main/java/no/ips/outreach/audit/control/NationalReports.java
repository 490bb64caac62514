package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.audit.entity.RapidJobSearch;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.ReviewCoverage;
import no.ips.outreach.audit.entity.Scorecard;
import no.ips.outreach.audit.entity.ScorecardLine;
import no.ips.outreach.audit.entity.WeekFigures;
import no.ips.outreach.audit.entity.Workload;

/**
 * The national report: every team's outreach, summed from the daily ledger (a million visits are too many to read per
 * request), with the same figures and scorecard as a team report. Employers met face to face are counted nationally
 * only: a per-team count would need every visit.
 */
@ApplicationScoped
public class NationalReports {

    private static final String SUMS = "SUM(face_to_face), SUM(by_phone), SUM(by_video), SUM(by_email), SUM(at_event), "
            + "SUM(community_minutes), SUM(individualized), SUM(quality_1), SUM(quality_2), SUM(quality_3), "
            + "SUM(quality_4), SUM(quality_5)";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    CaseloadProgress progress;

    @Inject
    AuditReports reports;

    public NationalReport of(ReportPeriod period) {
        LocalDate today = reports.today();
        Map<Long, List<Workload>> workloads = workloadsByTeam();
        Map<Long, OutreachTally> byTeam = tallies("team_id", period);
        Map<Long, TeamIdentity> teams = teams();
        Map<Long, ReviewCoverage> reviewsByTeam = reviewsByTeam(workloads, period, today);
        List<TeamOutreach> lines = new ArrayList<>();
        for (TeamIdentity team : teams.values()) {
            List<Workload> members = workloads.getOrDefault(team.id(), List.of());
            lines.add(new TeamOutreach(team, OutreachFigures.of(members, byTeam.getOrDefault(team.id(), OutreachTally.NONE),
                    null, period), reviewsByTeam.getOrDefault(team.id(), ReviewCoverage.counted(0, 0, 0, false))));
        }
        List<Workload> everyone = workloads.values().stream().flatMap(List::stream).toList();
        OutreachTally total = lines.stream().map(line -> line.outreach().tally()).reduce(OutreachTally.NONE, OutreachTally::plus);
        OutreachFigures figures = OutreachFigures.of(everyone, total, employersMetFaceToFace(period), period);
        ReviewCoverage coverage = sum(reviewsByTeam.values());
        RapidJobSearch rapid = RapidJobSearch.of(progress.journeys(null), period, today);
        List<JobStartFact> jobStarts = progress.jobStarts(null, period);
        return new NationalReport(period, figures, lines, rapid, jobStarts, coverage,
                Scorecard.of(figures, coverage, rapid, jobStarts), weekly(everyone, period));
    }

    private List<WeekFigures> weekly(List<Workload> everyone, ReportPeriod period) {
        Map<Long, OutreachTally> byWeek = tallies("week_start", period);
        List<WeekFigures> weeks = new ArrayList<>();
        for (IsoWeek week : period.weeks()) {
            LocalDate from = week.monday().isBefore(period.from()) ? period.from() : week.monday();
            LocalDate to = week.sunday().isAfter(period.to()) ? period.to() : week.sunday();
            ReportPeriod days = ReportPeriod.of(from, to);
            weeks.add(new WeekFigures(week, days, OutreachFigures.of(everyone,
                    byWeek.getOrDefault(week.monday().toEpochDay(), OutreachTally.NONE), null, days), null));
        }
        return weeks;
    }

    /** Sums of the ledger's days in the period, by team or by week (keyed by the Monday's epoch day). */
    private Map<Long, OutreachTally> tallies(String by, ReportPeriod period) {
        List<?> rows = em.createNativeQuery("SELECT " + by + ", " + SUMS + " FROM outreach_team_day "
                        + "WHERE contact_day BETWEEN ? AND ? GROUP BY " + by)
                .setParameter(1, period.from()).setParameter(2, period.to()).getResultList();
        Map<Long, OutreachTally> tallies = new HashMap<>();
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            long[] n = new long[12];
            for (int i = 0; i < n.length; i++) {
                n[i] = ((Number) row[i + 1]).longValue();
            }
            long key = row[0] instanceof Number number ? number.longValue() : Sql.date(row[0]).toEpochDay();
            tallies.put(key, new OutreachTally(n[0], n[1], n[2], n[3], n[4], n[5], n[6],
                    new long[] {n[7], n[8], n[9], n[10], n[11]}));
        }
        return tallies;
    }

    /** One probe per employer down the (employer, mode, started_at) index, instead of reading every visit. */
    private long employersMetFaceToFace(ReportPeriod period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM employer e WHERE EXISTS (SELECT 1 FROM visit v "
                        + "JOIN specialist s ON s.username = v.specialist WHERE v.employer_id = e.id "
                        + "AND v.mode = 'IN_PERSON' AND v.started_at >= ? AND v.started_at < ?)")
                .setParameter(1, Sql.utc(ContactLog.startOf(period)))
                .setParameter(2, Sql.utc(ContactLog.endOf(period)))
                .getSingleResult()).longValue();
    }

    private Map<Long, List<Workload>> workloadsByTeam() {
        List<?> rows = em.createNativeQuery("SELECT s.team_id, s.id, s.username, s.display_name, s.weekly_hours, "
                + "SUM(CASE WHEN p.status <> 'CLOSED' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN p.status = 'JOB_SEARCH' THEN 1 ELSE 0 END) "
                + "FROM specialist s LEFT JOIN participant p ON p.specialist_id = s.id "
                + "GROUP BY s.team_id, s.id, s.username, s.display_name, s.weekly_hours").getResultList();
        return rows.stream().map(result -> (Object[]) result).collect(Collectors.groupingBy(
                row -> ((Number) row[0]).longValue(),
                Collectors.mapping(row -> new Workload(((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                        (BigDecimal) row[4], count(row[5]), count(row[6])), Collectors.toList())));
    }

    /** Sign-offs of the weeks that have ended, counted per team; "monthly" needs one per specialist and month. */
    private Map<Long, ReviewCoverage> reviewsByTeam(Map<Long, List<Workload>> workloads, ReportPeriod period,
                                                    LocalDate today) {
        List<IsoWeek> due = ReviewCoverage.due(period, today);
        Map<Long, ReviewCoverage> coverage = new HashMap<>();
        if (due.isEmpty()) {
            workloads.keySet().forEach(team -> coverage.put(team, ReviewCoverage.counted(0, 0, 0, false)));
            return coverage;
        }
        Set<Integer> dueMonths = ReviewCoverage.dueMonths(due, period).stream()
                .map(month -> month.getYear() * 100 + month.getMonthValue()).collect(Collectors.toSet());
        List<?> rows = em.createNativeQuery("SELECT s.team_id, "
                        + "SUM(CASE WHEN r.changed_at IS NULL THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.changed_at IS NULL THEN 0 ELSE 1 END) "
                        + "FROM week_review r JOIN specialist s ON s.id = r.specialist_id "
                        + "WHERE r.week_start BETWEEN ? AND ? GROUP BY s.team_id")
                .setParameter(1, due.get(0).monday()).setParameter(2, due.get(due.size() - 1).monday()).getResultList();
        // a week's days fall in the month of its Monday and the month of its Sunday, at most two months
        String reviewedWeeks = " FROM week_review r JOIN specialist s ON s.id = r.specialist_id WHERE r.changed_at IS NULL "
                + "AND r.week_start BETWEEN ? AND ?";
        List<?> monthsReviewed = em.createNativeQuery("SELECT team_id, COUNT(*) FROM ("
                        + "SELECT s.team_id, r.specialist_id, YEAR(r.week_start) * 100 + MONTH(r.week_start) AS month_key"
                        + reviewedWeeks + " UNION SELECT s.team_id, r.specialist_id, "
                        + "YEAR(r.week_start + INTERVAL '6' DAY) * 100 + MONTH(r.week_start + INTERVAL '6' DAY)"
                        + reviewedWeeks + ") reviewed WHERE month_key IN (" + dueMonths.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + ") GROUP BY team_id")
                .setParameter(1, due.get(0).monday()).setParameter(2, due.get(due.size() - 1).monday())
                .setParameter(3, due.get(0).monday()).setParameter(4, due.get(due.size() - 1).monday())
                .getResultList();
        Map<Long, Long> monthsByTeam = new HashMap<>();
        monthsReviewed.forEach(result -> monthsByTeam.put(((Number) ((Object[]) result)[0]).longValue(),
                count(((Object[]) result)[1])));
        Map<Long, long[]> counted = new HashMap<>();
        rows.forEach(result -> {
            Object[] row = (Object[]) result;
            counted.put(((Number) row[0]).longValue(), new long[] {count(row[1]), count(row[2])});
        });
        workloads.forEach((team, members) -> {
            long[] n = counted.getOrDefault(team, new long[2]);
            coverage.put(team, ReviewCoverage.counted(due.size() * members.size(), (int) n[0], (int) n[1],
                    monthsByTeam.getOrDefault(team, 0L) == (long) dueMonths.size() * members.size()));
        });
        return coverage;
    }

    private static ReviewCoverage sum(java.util.Collection<ReviewCoverage> teams) {
        int due = teams.stream().mapToInt(ReviewCoverage::weeksDue).sum();
        int reviewed = teams.stream().mapToInt(ReviewCoverage::weeksReviewed).sum();
        int changed = teams.stream().mapToInt(ReviewCoverage::weeksChanged).sum();
        boolean monthly = !teams.isEmpty() && teams.stream().allMatch(team -> team.level() != no.ips.outreach.audit.entity.ContactLogReview.NONE);
        return ReviewCoverage.counted(due, reviewed, changed, monthly);
    }

    private Map<Long, TeamIdentity> teams() {
        Map<Long, TeamIdentity> teams = new java.util.LinkedHashMap<>();
        em.createQuery("SELECT t.id, t.code, t.name FROM Team t ORDER BY t.name", Object[].class).getResultStream()
                .forEach(row -> teams.put((Long) row[0], new TeamIdentity((Long) row[0], (String) row[1], (String) row[2])));
        return teams;
    }

    private static long count(Object sum) {
        return sum == null ? 0 : ((Number) sum).longValue();
    }

    public record TeamIdentity(long id, String code, String name) {
    }

    public record TeamOutreach(TeamIdentity team, OutreachFigures outreach, ReviewCoverage review) {
    }

    public record NationalReport(ReportPeriod period, OutreachFigures total, List<TeamOutreach> teams,
                                 RapidJobSearch rapidJobSearch, List<JobStartFact> jobStarts, ReviewCoverage review,
                                 List<ScorecardLine> scorecard, List<WeekFigures> weekly) {
    }
}
