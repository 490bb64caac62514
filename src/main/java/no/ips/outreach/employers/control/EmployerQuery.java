package no.ips.outreach.employers.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.platform.control.Like;

/**
 * Builds the JPQL for an {@link EmployerSearch}: only fixed fragments and named parameters, never user text in
 * the query string. Stage predicates mirror {@link RelationshipStage#derive}.
 */
final class EmployerQuery {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    EmployerQuery(EmployerSearch search, Instant now) {
        if (!search.includeArchived()) {
            where.add("e.archivedAt IS NULL");
        }
        if (search.text() != null) {
            // a specialist types the organisation number as the registers print it ("923 609 016") or the name
            String digits = search.text().replaceAll("\\s", "");
            if (digits.matches("\\d{10}")) {
                // a Danish workplace's P-number
                where.add("(LOWER(e.name) LIKE :text ESCAPE '\\' OR e.pNumber = :pNumber)");
                parameters.put("pNumber", digits);
            } else if (digits.matches("\\d{8,9}")) {
                where.add("(LOWER(e.name) LIKE :text ESCAPE '\\' OR e.orgNumber = :orgNumber)");
                parameters.put("orgNumber", digits);
            } else {
                where.add("LOWER(e.name) LIKE :text ESCAPE '\\'");
            }
            parameters.put("text", Like.containing(search.text()));
        }
        if (search.municipalityCode() != null) {
            where.add("e.address.municipalityCode = :municipality");
            parameters.put("municipality", search.municipalityCode());
        }
        if (search.industryPrefix() != null) {
            where.add("e.naceCode LIKE :industry ESCAPE '\\'");
            parameters.put("industry", Like.escape(search.industryPrefix()) + "%");
        }
        if (search.tag() != null) {
            where.add(":tag MEMBER OF e.tags");
            parameters.put("tag", search.tag());
        }
        if (search.notContactedForDays() != null) {
            where.add("NOT EXISTS (SELECT s FROM ContactSummary s WHERE s.employerId = e.id AND s.lastContactAt >= :contactCutoff)");
            parameters.put("contactCutoff", now.minus(search.notContactedForDays(), ChronoUnit.DAYS));
        }
        if (search.stage() != null) {
            where.add("(e.stageOverride = :stage OR (e.stageOverride IS NULL AND " + derived(search.stage()) + "))");
            parameters.put("stage", search.stage());
        }
        if (search.isNear()) {
            double dLat = GreatCircle.latitudeDegrees(search.radiusKm());
            double dLon = GreatCircle.longitudeDegrees(search.radiusKm(), search.nearLatitude());
            where.add("e.address.latitude BETWEEN :minLat AND :maxLat");
            parameters.put("minLat", search.nearLatitude() - dLat);
            parameters.put("maxLat", search.nearLatitude() + dLat);
            // a box that holds a pole or crosses the antimeridian cannot narrow by longitude; the exact distance still does
            if (Math.abs(search.nearLongitude()) + dLon < 180) {
                where.add("e.address.longitude BETWEEN :minLon AND :maxLon");
                parameters.put("minLon", search.nearLongitude() - dLon);
                parameters.put("maxLon", search.nearLongitude() + dLon);
            }
        }
        if (search.stage() != null && search.stage() != RelationshipStage.HIRING_PARTNER
                && search.stage() != RelationshipStage.PROSPECT) {
            parameters.put("dormantCutoff", now.minus(RelationshipStage.DORMANT_AFTER));
        }
        if (search.stage() == RelationshipStage.ENGAGED || search.stage() == RelationshipStage.CONTACTED) {
            parameters.put("engagedAfter", (long) RelationshipStage.ENGAGED_AFTER_MEETINGS);
        }
    }

    private static String derived(RelationshipStage stage) {
        String summary = "SELECT s FROM ContactSummary s WHERE s.employerId = e.id";
        return switch (stage) {
            case PROSPECT -> "NOT EXISTS (" + summary + ")";
            case DORMANT -> "EXISTS (" + summary + " AND s.lastContactAt < :dormantCutoff)";
            case ENGAGED -> "EXISTS (" + summary + " AND s.lastContactAt >= :dormantCutoff AND s.faceToFaceCount >= :engagedAfter)";
            case CONTACTED -> "EXISTS (" + summary + " AND s.lastContactAt >= :dormantCutoff AND s.faceToFaceCount < :engagedAfter)";
            case HIRING_PARTNER -> "1 = 0";
        };
    }

    <T> TypedQuery<T> create(EntityManager em, String select, String orderBy, Class<T> type) {
        String jpql = select + " FROM Employer e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + (orderBy == null ? "" : " ORDER BY " + orderBy);
        TypedQuery<T> query = em.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }

}
