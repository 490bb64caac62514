package no.ips.outreach.registers.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import no.ips.outreach.registers.entity.RegisterUnit;
import no.ips.outreach.registers.entity.UnitKind;

/**
 * Writes a batch of units in plain JDBC batches: JPA would hold a million entities in its persistence context. The
 * units already there are read by number first, so that an unchanged unit is not written and the counts say what
 * changed, on MySQL, MariaDB and H2 alike.
 */
final class UnitWriter {

    private static final String COLUMNS = String.join(", ", "parent_number", "name", "organisation_form", "nace_code",
            "nace_version", "employees", "employee_band", "street", "postcode", "city", "municipality_code",
            "published_municipality_code", "advertising_protected", "closed_on", "content_hash", "last_import_id");

    /** Added, changed, unchanged and newly closed units of one batch. */
    record Counts(long added, long changed, long unchanged, long closed) {
    }

    private record Known(long hash, boolean closed) {
    }

    private UnitWriter() {
    }

    static Counts write(Connection db, UnitKind kind, Collection<RegisterUnit> units, long importId, ImportTimings timings)
            throws SQLException {
        long started = System.nanoTime();
        Map<String, Known> known = known(db, kind, units);
        long looked = System.nanoTime();
        timings.lookUpNanos += looked - started;
        long added = 0;
        long changed = 0;
        long unchanged = 0;
        long closed = 0;
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO register_unit (kind, unit_number, " + COLUMNS
                + ", first_import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = db.prepareStatement("UPDATE register_unit SET parent_number = ?, name = ?, "
                     + "organisation_form = ?, nace_code = ?, nace_version = ?, employees = ?, employee_band = ?, street = ?, postcode = ?, "
                     + "city = ?, municipality_code = ?, published_municipality_code = ?, advertising_protected = ?, "
                     + "closed_on = ?, content_hash = ?, last_import_id = ? WHERE kind = ? AND unit_number = ?")) {
            for (RegisterUnit unit : units) {
                long hash = unit.contentHash();
                Known before = known.get(unit.number());
                if (before == null) {
                    insert.setString(1, kind.name());
                    insert.setString(2, unit.number());
                    bind(insert, 3, unit, hash, importId);
                    insert.setLong(19, importId);
                    insert.addBatch();
                    added++;
                } else if (before.hash() != hash) {
                    bind(update, 1, unit, hash, importId);
                    update.setString(17, kind.name());
                    update.setString(18, unit.number());
                    update.addBatch();
                    changed++;
                    if (unit.isClosed() && !before.closed()) {
                        closed++;
                    }
                } else {
                    unchanged++;
                }
            }
            if (added > 0) {
                insert.executeBatch();
            }
            if (changed > 0) {
                update.executeBatch();
            }
        }
        timings.writeNanos += System.nanoTime() - looked;
        return new Counts(added, changed, unchanged, closed);
    }

    private static Map<String, Known> known(Connection db, UnitKind kind, Collection<RegisterUnit> units) throws SQLException {
        Map<String, Known> known = new HashMap<>(units.size() * 2);
        String marks = "?" + ", ?".repeat(units.size() - 1);
        try (PreparedStatement select = db.prepareStatement("SELECT unit_number, content_hash, closed_on FROM register_unit "
                + "WHERE kind = ? AND unit_number IN (" + marks + ")")) {
            select.setString(1, kind.name());
            int i = 2;
            for (RegisterUnit unit : units) {
                select.setString(i++, unit.number());
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    known.put(rows.getString(1), new Known(rows.getLong(2), rows.getObject(3) != null));
                }
            }
        }
        return known;
    }

    private static void bind(PreparedStatement s, int first, RegisterUnit u, long hash, long importId) throws SQLException {
        int i = first;
        s.setString(i++, u.parentNumber());
        s.setString(i++, u.name());
        s.setString(i++, u.organisationForm());
        s.setString(i++, u.naceCode());
        s.setString(i++, u.naceVersion() == null ? null : u.naceVersion().name());
        if (u.employees() == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, u.employees());
        }
        s.setString(i++, u.employeeBand());
        s.setString(i++, u.street());
        s.setString(i++, u.postcode());
        s.setString(i++, u.city());
        s.setString(i++, u.municipalityCode());
        s.setString(i++, u.publishedMunicipalityCode());
        s.setBoolean(i++, u.advertisingProtected());
        s.setDate(i++, u.closedOn() == null ? null : Date.valueOf(u.closedOn()));
        s.setLong(i++, hash);
        s.setLong(i, importId);
    }
}
