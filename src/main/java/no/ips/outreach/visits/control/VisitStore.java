package no.ips.outreach.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitChange;
import org.eclipse.persistence.config.QueryHints;

/** Reads the visit log. */
@ApplicationScoped
public class VisitStore {

    public static final Set<String> SORT_KEYS = Set.of("startedAt", "created");
    /** Day boundaries of date filters: the specialists work in Norway and Denmark, both on Central European time. */
    public static final ZoneId REPORTING_ZONE = ContactFacts.ZONE;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public Optional<Visit> find(long id) {
        return Optional.ofNullable(em.find(Visit.class, id));
    }

    /** Whether the visit is within the scope: logged by the reader or by a specialist in one of its teams. */
    public boolean within(Visit visit, VisitScope scope) {
        if (scope == null || visit.loggedBy(scope.reader())) {
            return true;
        }
        return !scope.teamIds().isEmpty() && em.createQuery("SELECT COUNT(s) FROM Specialist s "
                        + "WHERE s.username = :specialist AND s.team.id IN :teams", Long.class)
                .setParameter("specialist", visit.specialist()).setParameter("teams", scope.teamIds())
                .getSingleResult() > 0;
    }

    public Page<Visit> list(VisitFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.specialist() != null) {
            where.add("v.specialist = :specialist");
            parameters.put("specialist", filter.specialist());
        }
        if (filter.employerId() != null) {
            where.add("v.employerId = :employer");
            parameters.put("employer", filter.employerId());
        }
        if (filter.from() != null) {
            where.add("v.startedAt >= :from");
            parameters.put("from", filter.from().atStartOfDay(REPORTING_ZONE).toInstant());
        }
        if (filter.to() != null) {
            where.add("v.startedAt < :to");
            parameters.put("to", filter.to().plusDays(1).atStartOfDay(REPORTING_ZONE).toInstant());
        }
        if (filter.mode() != null) {
            where.add("v.mode = :mode");
            parameters.put("mode", filter.mode());
        }
        if (filter.scope() != null) {
            where.add(filter.scope().condition());
            parameters.put("reader", filter.scope().reader());
            if (!filter.scope().teamIds().isEmpty()) {
                parameters.put("teams", filter.scope().teamIds());
            }
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        String direction = page.descending() ? " DESC" : " ASC";
        String column = page.sortKey().equals("created") ? "v.createdAt" : "v.startedAt";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM Visit v" + condition, Long.class);
        TypedQuery<Visit> query = em.createQuery("SELECT v FROM Visit v" + condition
                + " ORDER BY " + column + direction + ", v.id" + direction, Visit.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            query.setParameter(name, value);
        });
        // the links of all 50 in one IN query, not one query per visit (as a hint on this query: @BatchFetch on the
        // embeddable links made EclipseLink 4.0.7 fail to flush a corrected visit). Not READ_ONLY: a read-only query
        // runs outside the request's transaction on a connection of its own, and two more checkouts (each validated)
        // cost more than tracking 50 visits
        query.setHint(QueryHints.BATCH, "v.participants");
        query.setHint(QueryHints.BATCH_TYPE, "IN");
        List<Visit> visits = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        return Page.of(visits, count.getSingleResult(), page);
    }

    public List<VisitChange> changes(long visitId) {
        return em.createQuery("SELECT c FROM VisitChange c WHERE c.visitId = :visit ORDER BY c.revision, c.id", VisitChange.class)
                .setParameter("visit", visitId)
                .getResultList();
    }

    int lastRevision(long visitId) {
        Integer last = em.createQuery("SELECT MAX(c.revision) FROM VisitChange c WHERE c.visitId = :visit", Integer.class)
                .setParameter("visit", visitId)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
