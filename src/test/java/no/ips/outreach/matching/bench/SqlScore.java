package no.ips.outreach.matching.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.ips.outreach.matching.entity.SeekerProfile;

/**
 * One participant's preferences as a single SQL query: a CASE expression per criterion with the default weights
 * (occupation 40 by shared code prefix and priority, industry 10, hours 15, travel 15), the hard limits as a sort
 * key, every open opening scored and sorted by the database. Shifts, start and languages are left out: they would
 * need joins, so the baseline does less than the Matcher. Values are written into the SQL text (codes are checked
 * to be digits and dots), as a naive implementation would build it per participant.
 */
final class SqlScore {

    private static final String KM = "12742 * ASIN(SQRT(POW(SIN(RADIANS(o.latitude - %1$s) / 2), 2)"
            + " + COS(RADIANS(%1$s)) * COS(RADIANS(o.latitude)) * POW(SIN(RADIANS(o.longitude - %2$s) / 2), 2)))";
    private static final Pattern CODE = Pattern.compile("[0-9.]{1,6}");
    private static final double[] LEVEL_SHARE = {0.2, 0.4, 0.7, 1.0};

    private SqlScore() {
    }

    /** The query for the participant's best {@code top} openings: id and score, not excluded first. */
    static String query(SeekerProfile seeker, int top) {
        return "SELECT id, score FROM (" + select(seeker) + ") scored ORDER BY excluded, score DESC, id LIMIT " + top;
    }

    private static String select(SeekerProfile s) {
        boolean located = s.homeLatitude() != null && s.homeLongitude() != null;
        String km = located ? String.format(Locale.ROOT, KM, s.homeLatitude(), s.homeLongitude()) : "NULL";
        String occupation = occupation(s.occupations());
        String excludedIndustry = likeAny(s.excludedIndustries());
        String desiredIndustry = likeAny(s.desiredIndustries());
        String industry = "CASE WHEN " + excludedIndustry + " THEN 0 WHEN " + desiredIndustry + " THEN 10 ELSE "
                + (s.desiredIndustries().isEmpty() ? 5 : 0) + " END";
        String hours = hours(s.hoursMin(), s.hoursMax());
        String travel = !located ? "8" : s.maxTravelKm() == null
                ? "CASE WHEN km IS NULL THEN 8 WHEN km <= 5 THEN 15 ELSE GREATEST(0, 15 * (50 - km) / 45) END"
                : "CASE WHEN km IS NULL THEN 8 WHEN km > " + s.maxTravelKm() + " THEN 0 ELSE 15 - 10 * km / " + Math.max(0.001, s.maxTravelKm()) + " END";
        String excluded = excludedIndustry + (located && s.maxTravelKm() != null ? " OR km > " + s.maxTravelKm() : "")
                + (s.drivingLicence() ? "" : " OR driving_licence");
        return "SELECT id, (" + occupation + ") + (" + industry + ") + (" + hours + ") + ROUND(" + travel + ") AS score, ("
                + excluded + ") AS excluded FROM (SELECT o.id, o.isco_code, o.hours_per_week AS h, o.driving_licence,"
                + " e.nace_code, " + km + " AS km FROM job_opening o JOIN employer e ON e.id = o.employer_id"
                + " WHERE o.status = 'OPEN') o";
    }

    private static String occupation(List<String> choices) {
        if (choices.isEmpty()) {
            return "0";
        }
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            double priority = Math.max(0.5, 1 - 0.1 * i);
            StringBuilder when = new StringBuilder("CASE");
            for (int digits = 4; digits >= 1; digits--) {
                when.append(" WHEN LEFT(isco_code, ").append(digits).append(") = '")
                        .append(code(choices.get(i).substring(0, Math.min(digits, choices.get(i).length()))))
                        .append("' THEN ").append(Math.round(40 * LEVEL_SHARE[digits - 1] * priority));
            }
            cases.add(when.append(" ELSE 0 END").toString());
        }
        return "GREATEST(0, " + String.join(", ", cases) + ")";
    }

    private static String likeAny(Set<String> prefixes) {
        if (prefixes.isEmpty()) {
            return "FALSE";
        }
        return "(" + prefixes.stream().map(p -> "nace_code LIKE '" + code(p) + "%'").collect(Collectors.joining(" OR ")) + ")";
    }

    private static String code(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an occupation or industry code: " + code);
        }
        return code;
    }

    private static String hours(BigDecimal min, BigDecimal max) {
        if (min == null && max == null) {
            return "8";
        }
        StringBuilder sql = new StringBuilder("CASE");
        if (min != null) {
            sql.append(" WHEN h < ").append(min.toPlainString()).append(" THEN GREATEST(0, ROUND(15 - (").append(min.toPlainString()).append(" - h)))");
        }
        if (max != null) {
            sql.append(" WHEN h > ").append(max.toPlainString()).append(" THEN GREATEST(0, ROUND(15 - (h - ").append(max.toPlainString()).append(")))");
        }
        return sql.append(" ELSE 15 END").toString();
    }
}
