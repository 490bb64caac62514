package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
     * One plain INSERT of all the rows on the transaction's own connection, at once. Not through the entity: an entity
     * with an identity key costs a second round trip per row to read the key back (SELECT LAST_INSERT_ID()), which
     * no one needs here, and EclipseLink does not batch identity inserts. Not as a native query either: that flushes
     * every entity the request has read first (50 visits on a visit page) and binds its parameters through a list
     * search per parameter, 11 % of a visit page's processor time in the read-path profile. The connection is the
     * one EclipseLink holds for the transaction, so the row still commits or rolls back with the access.
     */
    private void insert(String username, Collection<Long> participantIds, AccessAction action) {
        Timestamp now = Timestamp.from(clock.instant());
        List<Long> ids = List.copyOf(participantIds);
        Connection connection = transactionConnection();
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            String sql = "INSERT INTO participant_access (accessed_at, username, participant_id, action) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?)"));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int position = 1;
                for (Long id : chunk) {
                    insert.setTimestamp(position++, now);
                    insert.setString(position++, username);
                    insert.setLong(position++, id);
                    insert.setString(position++, action.name());
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new PersistenceException("the access log could not be written", e);
            }
        }
    }

    /**
     * The connection EclipseLink holds for this transaction. It holds none until the transaction's first statement
     * (as when a planned visit read before the transaction names participants), so then the first statement is a
     * trivial one.
     */
    private Connection transactionConnection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            em.createNativeQuery("SELECT 1").getSingleResult();
            connection = em.unwrap(Connection.class);
        }
        if (connection == null) {
            throw new IllegalStateException("no connection in the transaction for the access log");
        }
        return connection;
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
