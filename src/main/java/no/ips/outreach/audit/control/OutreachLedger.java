package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.OutreachTally;
import no.ips.outreach.audit.entity.ReviewCoverage;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.teams.entity.SpecialistJoinedTeam;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * Keeps the ledgers the national report reads (tables outreach_team_day, outreach_team_week, outreach_review_month)
 * in step with the visit log and the sign-offs, inside the transaction that writes them. Updates add to the stored
 * sums rather than recompute them, so two specialists logging at the same moment both count: the row lock
 * serialises the two additions.
 */
@ApplicationScoped
public class OutreachLedger {

    static final List<String> SUMS = List.of("face_to_face", "by_phone", "by_video", "by_email", "at_event",
            "community_minutes", "individualized", "quality_1", "quality_2", "quality_3", "quality_4", "quality_5");
    private static final String ADDED = SUMS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")")
            .collect(Collectors.joining(", "));
    private static final String DAY = "INSERT INTO outreach_team_day (contact_day, team_id, week_start, "
            + String.join(", ", SUMS) + ") VALUES (?, ?, ?, " + marks(SUMS.size()) + ") ON DUPLICATE KEY UPDATE " + ADDED;
    private static final String WEEK = "INSERT INTO outreach_team_week (week_start, team_id, " + String.join(", ", SUMS)
            + ", reviews_current, reviews_changed) VALUES (?, ?, " + marks(SUMS.size() + 2) + ") ON DUPLICATE KEY UPDATE "
            + ADDED + ", reviews_current = reviews_current + VALUES(reviews_current), "
            + "reviews_changed = reviews_changed + VALUES(reviews_changed)";
    private static final String MONTH = "INSERT INTO outreach_review_month (month_key, specialist_id, reviews_current) "
            + "VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE reviews_current = reviews_current + VALUES(reviews_current)";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    ContactLog contactLog;

    void onVisit(@Observes VisitRecorded recorded) {
        teamOf(recorded.specialist()).ifPresent(team -> {
            if (recorded.before() != null) {
                add(team, recorded.before().day(), OutreachTally.of(recorded.before()).negated());
            }
            if (!recorded.isVoid()) {
                add(team, recorded.after().day(), OutreachTally.of(recorded.after()));
            }
        });
    }

    /** A specialist's past outreach and reviews count for the team they are in now, so their rows move with them. */
    void onMove(@Observes SpecialistJoinedTeam joined) {
        OutreachTally.byDay(contactLog.allBy(joined.username())).forEach((day, tally) -> {
            if (joined.fromTeamId() != null) {
                add(joined.fromTeamId(), day, tally.negated());
            }
            add(joined.toTeamId(), day, tally);
        });
        List<?> reviews = em.createNativeQuery("SELECT r.week_start, "
                + "CASE WHEN r.changed_at IS NULL AND r.in_time = TRUE THEN 1 ELSE 0 END, "
                + "CASE WHEN r.changed_at IS NULL THEN 0 ELSE 1 END FROM week_review r JOIN specialist s ON s.id = r.specialist_id WHERE s.username = ?")
                .setParameter(1, joined.username()).getResultList();
        for (Object result : reviews) {
            Object[] row = (Object[]) result;
            IsoWeek week = IsoWeek.of(Sql.date(row[0]));
            int weekly = ((Number) row[1]).intValue();
            int changed = ((Number) row[2]).intValue();
            if (joined.fromTeamId() != null) {
                week(joined.fromTeamId(), week, OutreachTally.NONE, -weekly, -changed);
            }
            week(joined.toTeamId(), week, OutreachTally.NONE, weekly, changed);
        }
    }

    /**
     * A specialist's sign-off of a week changed state: {@code weekly}, {@code monthly} and {@code changed} are -1, 0 or
     * +1 for the sign-offs that are current and given in time (the team-week ledger), current at all (the month
     * ledger), and changed after review.
     */
    void reviewChanged(long teamId, long specialistId, IsoWeek week, int weekly, int monthly, int changed) {
        week(teamId, week, OutreachTally.NONE, weekly, changed);
        if (monthly != 0) {
            var month = ReviewCoverage.monthOf(week);
            em.createNativeQuery(MONTH).setParameter(1, month.getYear() * 100 + month.getMonthValue())
                    .setParameter(2, specialistId).setParameter(3, monthly).executeUpdate();
        }
    }

    private void add(long teamId, LocalDate day, OutreachTally tally) {
        var insert = em.createNativeQuery(DAY).setParameter(1, day).setParameter(2, teamId)
                .setParameter(3, IsoWeek.of(day).monday());
        long[] counts = tally.counts();
        for (int i = 0; i < counts.length; i++) {
            insert.setParameter(4 + i, counts[i]);
        }
        insert.executeUpdate();
        week(teamId, IsoWeek.of(day), tally, 0, 0);
    }

    private void week(long teamId, IsoWeek week, OutreachTally tally, int current, int changed) {
        var insert = em.createNativeQuery(WEEK).setParameter(1, week.monday()).setParameter(2, teamId);
        long[] counts = tally.counts();
        for (int i = 0; i < counts.length; i++) {
            insert.setParameter(3 + i, counts[i]);
        }
        insert.setParameter(3 + counts.length, current).setParameter(4 + counts.length, changed).executeUpdate();
    }

    Optional<Long> teamOf(String username) {
        return em.createQuery("SELECT s.team.id FROM Specialist s WHERE s.username = :username", Long.class)
                .setParameter("username", username).getResultStream().findFirst();
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
