package no.ips.outreach.matching.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.testing.Databases;

/**
 * The naive alternative to in-process scoring: the synthetic employers and openings in the real tables of a freshly
 * migrated MariaDB, and one query per participant that scores (occupation prefix, industry, hours, great-circle
 * distance, as CASE expressions with the default weights) and sorts every open opening in the database.
 */
final class SqlBaseline implements AutoCloseable {

    private static final int BATCH = 1_000;
    private final Connection connection;

    private SqlBaseline(Connection connection) {
        this.connection = connection;
    }

    /** A fresh, migrated database named {@code name}, filled with the employers and openings. */
    static SqlBaseline load(String name, SyntheticData data) throws SQLException {
        UrlRoutedDataSource dataSource = (UrlRoutedDataSource) Databases.MARIADB.freshDataSource(name);
        Migrations.configure(dataSource).migrate();
        dataSource.setUrl(dataSource.getUrl() + "&rewriteBatchedStatements=true");
        SqlBaseline baseline = new SqlBaseline(dataSource.getConnection());
        insertEmployersAndOpenings(baseline.connection, data);
        return baseline;
    }

    /**
     * Bulk-loads the employers and open openings (without their shifts and languages, which the query leaves out) in
     * JDBC batches, commits, and analyses both tables; the connection is left in auto-commit. The URL should carry
     * {@code rewriteBatchedStatements=true}.
     */
    static void insertEmployersAndOpenings(Connection connection, SyntheticData data) throws SQLException {
        Timestamp now = Timestamp.from(Instant.parse("2026-03-01T08:00:00Z"));
        connection.setAutoCommit(false);
        try (PreparedStatement employer = connection.prepareStatement("INSERT INTO employer (id, version, country, org_number,"
                + " name, nace_code, latitude, longitude, created_at, updated_at) VALUES (?, 0, 'NO', ?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (SyntheticData.Employer e : data.employers()) {
                employer.setLong(1, e.id());
                employer.setString(2, Long.toString(900_000_000L + e.id()));
                employer.setString(3, "Employer " + e.id());
                employer.setString(4, e.naceCode());
                employer.setDouble(5, e.latitude());
                employer.setDouble(6, e.longitude());
                employer.setTimestamp(7, now);
                employer.setTimestamp(8, now);
                employer.addBatch();
                if (++n % BATCH == 0) {
                    employer.executeBatch();
                }
            }
            employer.executeBatch();
        }
        try (PreparedStatement opening = connection.prepareStatement("INSERT INTO job_opening (id, version, employer_id, title,"
                + " isco_code, hours_per_week, latitude, longitude, positions, start_date, driving_licence, competitive, source,"
                + " status, status_changed_at, created_by, created_at, updated_at)"
                + " VALUES (?, 0, ?, ?, ?, ?, ?, ?, 1, ?, ?, TRUE, 'ADVERTISED', 'OPEN', ?, 'bench', ?, ?)")) {
            int n = 0;
            for (OpeningProfile o : data.openings()) {
                opening.setLong(1, o.openingId());
                opening.setLong(2, o.employerId());
                opening.setString(3, "Opening " + o.openingId());
                opening.setString(4, o.occupationCode());
                opening.setBigDecimal(5, o.hoursPerWeek());
                opening.setDouble(6, o.latitude());
                opening.setDouble(7, o.longitude());
                opening.setDate(8, o.startDate() == null ? null : Date.valueOf(o.startDate()));
                opening.setBoolean(9, o.drivingLicence());
                opening.setTimestamp(10, now);
                opening.setTimestamp(11, now);
                opening.setTimestamp(12, now);
                opening.addBatch();
                if (++n % BATCH == 0) {
                    opening.executeBatch();
                }
            }
            opening.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE employer, job_opening");
        }
    }

    /** The ids of the best {@code top} openings for the participant, as the database ranks them. */
    List<Long> openingsFor(SeekerProfile seeker, int top) {
        try (PreparedStatement query = connection.prepareStatement(SqlScore.query(seeker, top))) {
            List<Long> ids = new ArrayList<>(top);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long count(String table) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
