package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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

    /** Rows per INSERT statement when a list names many participants. */
    private static final int ROWS_PER_STATEMENT = 500;

    public void record(String username, long participantId, AccessAction action) {
        insert(username, List.of(participantId), action);
    }

    public void record(String username, Collection<Long> participantIds, AccessAction action) {
        insert(username, participantIds, action);
    }

    /**
     * One plain INSERT of all the rows on the transaction's connection, at once. Not through the entity: an entity
     * with an identity key costs a second round trip per row to read the key back (SELECT LAST_INSERT_ID()), which
     * no one needs here, and EclipseLink does not batch identity inserts.
     */
    private void insert(String username, Collection<Long> participantIds, AccessAction action) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = List.copyOf(participantIds);
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            Query insert = em.createNativeQuery("INSERT INTO participant_access (accessed_at, username, participant_id, action) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)")));
            int position = 1;
            for (Long id : chunk) {
                insert.setParameter(position++, now);
                insert.setParameter(position++, username);
                insert.setParameter(position++, id);
                insert.setParameter(position++, action.name());
            }
            insert.executeUpdate();
        }
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
