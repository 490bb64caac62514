package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.LoggedContact;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekVisit;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;

/** Reads what the audit needs of the visit log, and nothing of the notes. */
@ApplicationScoped
public class ContactLog {

    /** Native, because a team's two years are ten thousand rows, and JPA's per-row conversions cost more than the query. */
    private static final String FACTS = "SELECT specialist, employer_id, started_at, mode, meeting_minutes, travel_minutes, "
            + "quality, individualized, id FROM visit ";

    /** A voided visit is in the log, but counts for nothing. */
    private static final String STANDING = "AND voided_at IS NULL";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public List<LoggedContact> between(Collection<String> specialists, ReportPeriod period) {
        if (specialists.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery(FACTS + "WHERE specialist IN ("
                + String.join(", ", Collections.nCopies(specialists.size(), "?")) + ") AND started_at >= ? AND started_at < ? "
                + STANDING);
        int position = 1;
        for (String specialist : specialists) {
            query.setParameter(position++, specialist);
        }
        query.setParameter(position++, Sql.utc(startOf(period)));
        query.setParameter(position, Sql.utc(endOf(period)));
        return contacts(query.getResultList());
    }

    List<ContactFacts> allBy(String specialist) {
        return contacts(em.createNativeQuery(FACTS + "WHERE specialist = ? " + STANDING).setParameter(1, specialist).getResultList())
                .stream().map(LoggedContact::facts).toList();
    }

    /**
     * Every visit of the specialist that touches the week, void ones included, in time order: those that started in it,
     * and those that started before it and were still going on at its start.
     */
    public List<WeekVisit> touching(String specialist, IsoWeek week) {
        Instant start = week.monday().atStartOfDay(ContactFacts.ZONE).toInstant();
        Instant end = week.sunday().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant();
        List<?> rows = em.createNativeQuery("SELECT id, employer_id, started_at, mode, meeting_minutes, travel_minutes, "
                        + "quality, individualized, voided_at, voided_by, void_reason FROM visit WHERE specialist = ? "
                        + "AND started_at >= ? AND started_at < ? ORDER BY started_at, id")
                .setParameter(1, specialist)
                .setParameter(2, Sql.utc(start.minus(Duration.ofMinutes(Visit.MAX_EVENT_MINUTES))))
                .setParameter(3, Sql.utc(end)).getResultList();
        List<WeekVisit> visits = new ArrayList<>(rows.size());
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            Instant startedAt = Sql.instant(row[2]);
            int meeting = ((Number) row[4]).intValue();
            if (startedAt.plus(Duration.ofMinutes(meeting)).isAfter(start) || !startedAt.isBefore(start)) {
                visits.add(new WeekVisit(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), startedAt,
                        ContactFacts.of(startedAt, VisitMode.valueOf((String) row[3]), meeting, ((Number) row[5]).intValue(),
                                ContactQuality.valueOf((String) row[6]), Sql.bool(row[7])),
                        row[8] == null ? null : new Visit.Voiding(Sql.instant(row[8]), (String) row[9], (String) row[10])));
            }
        }
        return visits;
    }

    private static Instant startOf(ReportPeriod period) {
        return period.from().atStartOfDay(ContactFacts.ZONE).toInstant();
    }

    private static Instant endOf(ReportPeriod period) {
        return period.to().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant();
    }

    private static List<LoggedContact> contacts(List<?> rows) {
        List<LoggedContact> contacts = new ArrayList<>(rows.size());
        for (Object result : rows) {
            Object[] row = (Object[]) result;
            Instant startedAt = Sql.instant(row[2]);
            contacts.add(new LoggedContact(((Number) row[8]).longValue(), (String) row[0], ((Number) row[1]).longValue(),
                    startedAt, ContactFacts.of(startedAt, VisitMode.valueOf((String) row[3]), ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(), ContactQuality.valueOf((String) row[6]), Sql.bool(row[7]))));
        }
        return contacts;
    }
}
