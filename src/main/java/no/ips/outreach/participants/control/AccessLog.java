package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.AccessRecord;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;

/**
 * The participant access log (GDPR Article 9 data): every read and write of a participant record, written in the
 * same transaction as the access itself, so that there is no access without its line.
 */
@ApplicationScoped
@Transactional
public class AccessLog {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public void record(String username, long participantId, AccessAction action) {
        em.persist(new AccessRecord(clock.instant(), username, participantId, action));
    }

    public void record(String username, Collection<Long> participantIds, AccessAction action) {
        Instant now = clock.instant();
        participantIds.forEach(id -> em.persist(new AccessRecord(now, username, id, action)));
    }

    /** Newest first; every filter is optional. */
    public Page<AccessRecord> search(Long participantId, String username, Instant from, Instant to, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (participantId != null) {
            where.add("a.participantId = :participant");
            parameters.put("participant", participantId);
        }
        if (username != null) {
            where.add("a.username = :username");
            parameters.put("username", username);
        }
        if (from != null) {
            where.add("a.accessedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("a.accessedAt < :to");
            parameters.put("to", to);
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        TypedQuery<AccessRecord> query = em.createQuery("SELECT a FROM AccessRecord a" + condition
                + " ORDER BY a.accessedAt DESC, a.id DESC", AccessRecord.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM AccessRecord a" + condition, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.of(query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(),
                count.getSingleResult(), page);
    }
}
