package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import no.ips.outreach.audit.entity.LoggedContact;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;

/** Reads what the audit needs of the visit log, and nothing of the notes. */
@ApplicationScoped
public class ContactLog {

    /** Native, because a team's two years are ten thousand rows, and JPA's per-row conversions cost more than the query. */
    private static final String FACTS = "SELECT specialist, employer_id, started_at, mode, meeting_minutes, travel_minutes, "
            + "quality, individualized FROM visit ";

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
            contacts.add(new LoggedContact((String) row[0], ((Number) row[1]).longValue(), ContactFacts.of(
                    Sql.instant(row[2]), VisitMode.valueOf((String) row[3]), ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(), ContactQuality.valueOf((String) row[6]), Sql.bool(row[7]))));
        }
        return contacts;
    }
}
