package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import no.ips.outreach.audit.entity.LoggedContact;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.VisitMode;

/** Reads what the audit needs of the visit log, and nothing of the notes. */
@ApplicationScoped
public class ContactLog {

    private static final String FACTS = "SELECT v.specialist, v.employerId, v.startedAt, v.mode, v.meetingMinutes, "
            + "v.travelMinutes, v.quality, v.individualized FROM Visit v ";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public List<LoggedContact> between(Collection<String> specialists, ReportPeriod period) {
        if (specialists.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FACTS + "WHERE v.specialist IN :specialists AND v.startedAt >= :from AND v.startedAt < :to",
                        Object[].class)
                .setParameter("specialists", specialists)
                .setParameter("from", startOf(period))
                .setParameter("to", endOf(period))
                .getResultStream().map(ContactLog::contact).toList();
    }

    List<ContactFacts> allBy(String specialist) {
        return em.createQuery(FACTS + "WHERE v.specialist = :specialist", Object[].class)
                .setParameter("specialist", specialist)
                .getResultStream().map(row -> contact(row).facts()).toList();
    }

    static Instant startOf(ReportPeriod period) {
        return period.from().atStartOfDay(ContactFacts.ZONE).toInstant();
    }

    static Instant endOf(ReportPeriod period) {
        return period.to().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant();
    }

    private static LoggedContact contact(Object[] row) {
        return new LoggedContact((String) row[0], (Long) row[1], ContactFacts.of((Instant) row[2], (VisitMode) row[3],
                (Integer) row[4], (Integer) row[5], (ContactQuality) row[6], (Boolean) row[7]));
    }
}
