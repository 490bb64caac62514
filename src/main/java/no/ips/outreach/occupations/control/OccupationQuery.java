package no.ips.outreach.occupations.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the JPQL for an {@link OccupationSearch}: fixed fragments and named parameters, never user text in the query. */
final class OccupationQuery {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** {@code codes}: the groups whose titles or synonyms hold the search's words, or null when it has none. */
    OccupationQuery(OccupationSearch search, Set<String> codes) {
        if (codes != null) {
            where.add("o.code IN :codes");
            parameters.put("codes", codes);
        }
        if (search.codePrefix() != null) {
            where.add("o.code LIKE :prefix");
            parameters.put("prefix", search.codePrefix() + "%");
        }
        if (search.level() != null) {
            where.add("o.depth = :depth");
            parameters.put("depth", search.level().depth());
        }
    }

    <T> TypedQuery<T> create(EntityManager em, String select, String orderBy, Class<T> type) {
        String jpql = select + " FROM Occupation o"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (orderBy == null ? "" : " ORDER BY " + orderBy);
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
