package no.ips.outreach.registers.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.ips.outreach.platform.entity.NaceDivisions;
import no.ips.outreach.registers.entity.Centroid;
import no.ips.outreach.registers.entity.PostcodeCentroids;
import no.ips.outreach.registers.entity.UnitKind;

/**
 * After an import, brings the employers taken from the units it changed up to date: name, address, industry and size
 * follow the register unless a person has set them by hand; a unit the register closed marks its employer (never
 * deleting it or its history); a Danish unit that has asked for advertising protection becomes do-not-contact. Every
 * change is written to the import's report.
 */
final class EmployerFollowUp {

    private static final int NAME = 200;
    private static final int STREET = 200;

    private EmployerFollowUp() {
    }

    private record Change(long employerId, String field, String before, String after) {
    }

    /** The number of employers updated. */
    static long apply(Connection db, UnitKind kind, long importId, Instant now) throws SQLException {
        List<Change> changes = new ArrayList<>();
        long updated = 0;
        try (PreparedStatement select = db.prepareStatement("SELECT e.id, e.name, e.nace_code, e.employees, e.street, "
                + "e.postcode, e.city, e.municipality_code, e.set_by_hand, e.register_closed_on, e.do_not_contact, "
                + "e.position_approximate, u.name, u.nace_code, u.employees, u.street, u.postcode, u.city, "
                + "u.municipality_code, u.closed_on, u.advertising_protected, e.country FROM employer e JOIN register_unit u "
                + "ON u.kind = e.register_kind AND u.unit_number = e.register_number WHERE u.kind = ? AND u.last_import_id = ?");
             PreparedStatement update = db.prepareStatement("UPDATE employer SET name = ?, nace_code = ?, employees = ?, "
                     + "street = ?, postcode = ?, city = ?, municipality_code = ?, register_closed_on = ?, do_not_contact = ?, "
                     + "do_not_contact_reason = CASE WHEN ? THEN ? ELSE do_not_contact_reason END, latitude = CASE WHEN ? "
                     + "THEN ? ELSE latitude END, longitude = CASE WHEN ? THEN ? ELSE longitude END, version = version + 1, "
                     + "updated_at = ? WHERE id = ?")) {
            select.setString(1, kind.name());
            select.setLong(2, importId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    String setByHand = r.getString(9);
                    Set<String> hand = setByHand == null ? Set.of() : Set.of(setByHand.split(","));
                    List<Change> mine = new ArrayList<>();
                    String name = follow(mine, id, "name", hand, r.getString(2), cut(r.getString(13), NAME));
                    String unitNace = r.getString(14);
                    String nace = unitNace == null || NaceDivisions.problem(unitNace) != null ? r.getString(3)
                            : follow(mine, id, "naceCode", hand, r.getString(3), unitNace);
                    Integer employees = (Integer) followObject(mine, id, "employees", hand, (Integer) r.getObject(4),
                            r.getObject(15) == null ? null : ((Number) r.getObject(15)).intValue());
                    String[] address = {r.getString(5), r.getString(6), r.getString(7), r.getString(8)};
                    String[] fresh = {cut(r.getString(16), STREET), r.getString(17), r.getString(18), r.getString(19)};
                    boolean moved = false;
                    if (!hand.contains("address")) {
                        String[] fields = {"street", "postcode", "city", "municipalityCode"};
                        for (int i = 0; i < 4; i++) {
                            if (!Objects.equals(address[i], fresh[i])) {
                                mine.add(new Change(id, fields[i], address[i], fresh[i]));
                                moved |= i == 1;
                                address[i] = fresh[i];
                            }
                        }
                    }
                    LocalDate closedBefore = r.getObject(10) == null ? null : r.getDate(10).toLocalDate();
                    LocalDate closed = r.getObject(20) == null ? null : r.getDate(20).toLocalDate();
                    if (!Objects.equals(closedBefore, closed)) {
                        mine.add(new Change(id, "registerClosedOn", Objects.toString(closedBefore, null), Objects.toString(closed, null)));
                    }
                    boolean dncBefore = r.getBoolean(11);
                    boolean protect = r.getBoolean(21) && !dncBefore;
                    if (protect) {
                        mine.add(new Change(id, "doNotContact", "false", "true"));
                    }
                    // an approximate position follows the postcode; an exact one was set by a person and stays
                    Optional<Centroid> centre = moved && r.getBoolean(12) ? PostcodeCentroids.of(r.getString(22), address[1]) : Optional.empty();
                    if (mine.isEmpty()) {
                        continue;
                    }
                    update.setString(1, name);
                    update.setString(2, nace);
                    if (employees == null) {
                        update.setNull(3, Types.INTEGER);
                    } else {
                        update.setInt(3, employees);
                    }
                    update.setString(4, address[0]);
                    update.setString(5, address[1]);
                    update.setString(6, address[2]);
                    update.setString(7, address[3]);
                    update.setDate(8, closed == null ? null : Date.valueOf(closed));
                    update.setBoolean(9, dncBefore || protect);
                    update.setBoolean(10, protect);
                    update.setString(11, EmployersFromRegister.ADVERTISING_PROTECTION);
                    update.setBoolean(12, centre.isPresent());
                    update.setDouble(13, centre.map(Centroid::latitude).orElse(0.0));
                    update.setBoolean(14, centre.isPresent());
                    update.setDouble(15, centre.map(Centroid::longitude).orElse(0.0));
                    update.setObject(16, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                    update.setLong(17, id);
                    update.addBatch();
                    changes.addAll(mine);
                    updated++;
                }
            }
            if (updated > 0) {
                update.executeBatch();
            }
        }
        try (PreparedStatement report = db.prepareStatement("INSERT INTO register_import_change (import_id, employer_id, "
                + "field, old_value, new_value) VALUES (?, ?, ?, ?, ?)")) {
            for (Change change : changes) {
                report.setLong(1, importId);
                report.setLong(2, change.employerId());
                report.setString(3, change.field());
                report.setString(4, cut(change.before(), 400));
                report.setString(5, cut(change.after(), 400));
                report.addBatch();
            }
            if (!changes.isEmpty()) {
                report.executeBatch();
            }
        }
        return updated;
    }

    private static String follow(List<Change> changes, long id, String field, Set<String> hand, String before, String after) {
        return (String) followObject(changes, id, field, hand, before, after);
    }

    private static Object followObject(List<Change> changes, long id, String field, Set<String> hand, Object before, Object after) {
        if (hand.contains(field) || Objects.equals(before, after)) {
            return before;
        }
        changes.add(new Change(id, field, Objects.toString(before, null), Objects.toString(after, null)));
        return after;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
