package no.ips.outreach.registers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.registers.entity.NaceVersion;
import no.ips.outreach.registers.entity.RegisterUnit;
import no.ips.outreach.registers.entity.UnitFilter;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.registers.entity.UnitRow;

/** Reads the imported register: one unit by its number, and units chosen by place, industry and size. */
@ApplicationScoped
public class RegisterUnits {

    private static final String SELECT = "SELECT u.kind, u.unit_number, u.parent_number, u.name, u.organisation_form, "
            + "u.nace_code, u.nace_version, u.employees, u.employee_band, u.street, u.postcode, u.city, u.municipality_code, "
            + "u.published_municipality_code, u.advertising_protected, u.closed_on, p.name, p.organisation_form "
            + "FROM register_unit u LEFT JOIN register_unit p ON p.kind = 'ENHET' AND p.unit_number = u.parent_number AND u.kind = 'UNDERENHET' ";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    /**
     * A unit by the number a person types: a Norwegian organisation number (9 digits; the local unit before the legal
     * one), a P-number (10 digits), or a CVR number (8 digits: its first open P-unit).
     */
    public Optional<UnitRow> byNumber(String number) {
        if (number.length() == 9) {
            return first(SELECT + "WHERE u.kind IN ('UNDERENHET', 'ENHET') AND u.unit_number = ?1 ORDER BY u.kind DESC", number);
        }
        if (number.length() == 10) {
            return first(SELECT + "WHERE u.kind = 'P_UNIT' AND u.unit_number = ?1", number);
        }
        return first(SELECT + "WHERE u.kind = 'P_UNIT' AND u.parent_number = ?1 "
                + "ORDER BY CASE WHEN u.closed_on IS NULL THEN 0 ELSE 1 END, u.unit_number", number);
    }

    public Page<UnitRow> choose(UnitFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<Integer, Object> parameters = new LinkedHashMap<>();
        where.add("u.kind = ?" + put(parameters, filter.kind().name()));
        if (filter.municipality() != null) {
            where.add("u.municipality_code = ?" + put(parameters, filter.municipality()));
        }
        if (filter.postcode() != null) {
            where.add("u.postcode = ?" + put(parameters, filter.postcode()));
        }
        if (filter.industry() != null) {
            int[] section = UnitFilter.SECTIONS.get(filter.industry());
            if (section != null) {
                where.add("u.nace_code >= ?" + put(parameters, String.format("%02d", section[0]))
                        + " AND u.nace_code < ?" + put(parameters, String.format("%02d", section[1] + 1)));
            } else {
                where.add("u.nace_code LIKE ?" + put(parameters, filter.industry() + "%"));
            }
        }
        if (filter.minEmployees() != null) {
            where.add("u.employees >= ?" + put(parameters, filter.minEmployees()));
        }
        if (filter.maxEmployees() != null) {
            where.add("u.employees <= ?" + put(parameters, filter.maxEmployees()));
        }
        if (!filter.includeClosed()) {
            where.add("u.closed_on IS NULL");
        }
        String condition = "WHERE " + String.join(" AND ", where);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM register_unit u " + condition);
        Query select = em.createNativeQuery(SELECT + condition + " ORDER BY u.name, u.unit_number")
                .setFirstResult(page.offset()).setMaxResults(page.limit());
        parameters.forEach((position, value) -> {
            count.setParameter(position, value);
            select.setParameter(position, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<UnitRow> rows = new ArrayList<>();
        for (Object row : select.getResultList()) {
            rows.add(row((Object[]) row));
        }
        return Page.of(rows, total, page);
    }

    private static int put(Map<Integer, Object> parameters, Object value) {
        int position = parameters.size() + 1;
        parameters.put(position, value);
        return position;
    }

    private Optional<UnitRow> first(String sql, String number) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, number).setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(row((Object[]) rows.get(0)));
    }

    private static UnitRow row(Object[] r) {
        Object protectedFlag = r[14];
        boolean advertisingProtected = protectedFlag instanceof Boolean b ? b : protectedFlag instanceof Number n && n.intValue() != 0;
        return new UnitRow(new RegisterUnit(UnitKind.valueOf((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], r[6] == null ? null : NaceVersion.valueOf((String) r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8], (String) r[9], (String) r[10],
                (String) r[11], (String) r[12], (String) r[13], advertisingProtected,
                r[15] == null ? null : r[15] instanceof Date d ? d.toLocalDate() : java.time.LocalDate.parse(r[15].toString())),
                (String) r[16], (String) r[17]);
    }
}
