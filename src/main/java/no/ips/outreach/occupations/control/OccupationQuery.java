package no.ips.outreach.occupations.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.platform.control.Like;

/** Builds the JPQL for an {@link OccupationSearch}: fixed fragments and named parameters, never user text in the query. */
final class OccupationQuery {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    OccupationQuery(OccupationSearch search) {
        List<String> words = search.words();
        for (int i = 0; i < words.size(); i++) {
            String parameter = "word" + i;
            where.add("(LOWER(o.titleEn) LIKE :" + parameter + " ESCAPE '\\' OR LOWER(o.titleNo) LIKE :" + parameter + " ESCAPE '\\')");
            parameters.put(parameter, "%" + Like.escape(words.get(i)) + "%");
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

    // the same escaping as EmployerQuery's; a code prefix is digits only and needs none
}
