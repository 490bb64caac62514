package no.ips.outreach.registers.control;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The register table's secondary indexes (as V24_3 creates them), dropped for a first bulk load and built again
 * after it: MariaDB and MySQL build an index from sorted rows many times faster than they keep it up to date row by
 * row once the table outgrows the buffer pool. The unique (kind, unit_number) index stays, the import reads by it.
 * Any that are missing (an import whose instance died mid-load) are built again before the next import.
 */
final class SecondaryIndexes {

    private static final Map<String, String> INDEXES = new LinkedHashMap<>();

    static {
        INDEXES.put("ix_register_unit_municipality", "municipality_code");
        INDEXES.put("ix_register_unit_postcode", "postcode");
        INDEXES.put("ix_register_unit_nace", "nace_code");
        INDEXES.put("ix_register_unit_parent", "parent_number");
    }

    private SecondaryIndexes() {
    }

    /** Drops them; DDL commits on MySQL and MariaDB, so the caller commits its work first. */
    static void drop(Connection db) throws SQLException {
        Set<String> present = present(db);
        boolean h2 = isH2(db);
        try (Statement ddl = db.createStatement()) {
            for (String index : INDEXES.keySet()) {
                if (present.contains(index)) {
                    ddl.execute(h2 ? "DROP INDEX " + index : "DROP INDEX " + index + " ON register_unit");
                }
            }
        }
        db.commit();
    }

    /** Builds the ones that are missing. */
    static void ensure(Connection db) throws SQLException {
        Set<String> present = present(db);
        try (Statement ddl = db.createStatement()) {
            for (Map.Entry<String, String> index : INDEXES.entrySet()) {
                if (!present.contains(index.getKey())) {
                    ddl.execute("CREATE INDEX " + index.getKey() + " ON register_unit (" + index.getValue() + ")");
                }
            }
        }
        if (!db.getAutoCommit()) {
            db.commit();
        }
    }

    static Set<String> present(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        String table = meta.storesUpperCaseIdentifiers() ? "REGISTER_UNIT" : "register_unit";
        Set<String> present = new HashSet<>();
        try (ResultSet rows = meta.getIndexInfo(db.getCatalog(), db.getSchema(), table, false, false)) {
            while (rows.next()) {
                String name = rows.getString("INDEX_NAME");
                if (name != null) {
                    present.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return present;
    }

    private static boolean isH2(Connection db) throws SQLException {
        return db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }
}
