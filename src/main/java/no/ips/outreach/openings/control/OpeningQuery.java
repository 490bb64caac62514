package no.ips.outreach.openings.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.openings.entity.OpeningStatus;

/**
 * Builds the JPQL for an {@link OpeningFilter} from fixed fragments and named parameters. Status predicates mirror
 * {@link no.ips.outreach.openings.entity.JobOpening#state}: an open opening whose deadline is before today is expired.
 */
final class OpeningQuery {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    OpeningQuery(OpeningFilter filter, LocalDate today) {
        if (filter.employerId() != null) {
            where.add("o.employerId = :employer");
            parameters.put("employer", filter.employerId());
        }
        if (filter.status() != null) {
            status(filter.status(), today);
        }
        if (filter.occupationPrefix() != null) {
            where.add("o.occupationCode LIKE :occupation ESCAPE '\\'");
            parameters.put("occupation", escapeLike(filter.occupationPrefix()) + "%");
        }
        if (filter.municipalityCode() != null) {
            where.add("o.workplace.municipalityCode = :municipality");
            parameters.put("municipality", filter.municipalityCode());
        }
        if (filter.isNear()) {
            double dLat = GreatCircle.latitudeDegrees(filter.radiusKm());
            double dLon = GreatCircle.longitudeDegrees(filter.radiusKm(), filter.nearLatitude());
            where.add("o.workplace.latitude BETWEEN :minLat AND :maxLat");
            parameters.put("minLat", filter.nearLatitude() - dLat);
            parameters.put("maxLat", filter.nearLatitude() + dLat);
            // a box that holds a pole or crosses the antimeridian cannot narrow by longitude; the exact distance still does
            if (Math.abs(filter.nearLongitude()) + dLon < 180) {
                where.add("o.workplace.longitude BETWEEN :minLon AND :maxLon");
                parameters.put("minLon", filter.nearLongitude() - dLon);
                parameters.put("maxLon", filter.nearLongitude() + dLon);
            }
        }
    }

    private void status(OpeningStatus status, LocalDate today) {
        switch (status) {
            case OPEN -> {
                where.add("o.status = :open AND (o.applicationDeadline IS NULL OR o.applicationDeadline >= :today)");
                parameters.put("open", OpeningStatus.OPEN);
                parameters.put("today", today);
            }
            case EXPIRED -> {
                where.add("(o.status = :expired OR (o.status = :open AND o.applicationDeadline < :today))");
                parameters.put("expired", OpeningStatus.EXPIRED);
                parameters.put("open", OpeningStatus.OPEN);
                parameters.put("today", today);
            }
            default -> {
                where.add("o.status = :status");
                parameters.put("status", status);
            }
        }
    }

    <T> TypedQuery<T> create(EntityManager em, String select, String orderBy, Class<T> type) {
        String jpql = select + " FROM JobOpening o"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (orderBy == null ? "" : " ORDER BY " + orderBy);
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
