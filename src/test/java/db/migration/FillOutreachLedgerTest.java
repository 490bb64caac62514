package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.testing.Databases;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Visits logged before the audit existed are in the ledger after the upgrade, on their Oslo day. */
class FillOutreachLedgerTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theUpgradeFillsTheLedgerFromEarlierVisits(Databases database) throws SQLException {
        DataSource dataSource = database.freshDataSource("ledger_fill");
        Flyway.configure(Migrations.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/migration")
                .target("9").load().migrate();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.executeUpdate("INSERT INTO team (id, version, code, name, kind, created_at) "
                    + "VALUES (7, 1, 'nav-bodo', 'NAV Bodø', 'NAV_OFFICE', '2026-01-01 00:00:00')");
            sql.executeUpdate("INSERT INTO specialist (id, version, username, display_name, team_id, weekly_hours, "
                    + "created_at, updated_at) VALUES (3, 1, 'kari', 'Kari', 7, 37.5, '2026-01-01 00:00:00', '2026-01-01 00:00:00')");
            sql.executeUpdate("INSERT INTO employer (id, version, country, org_number, name, nace_code, created_at, "
                    + "updated_at) VALUES (5, 1, 'NO', '974760673', 'Kafé Lyst', '56.101', '2026-01-01 00:00:00', '2026-01-01 00:00:00')");
            // the same Oslo day, 1 July: one at 08:00 UTC, one at 22:30 UTC on 30 June; and one by a non-specialist
            visit(sql, 1, "kari", "2026-07-01 08:00:00", "IN_PERSON", 60, 30, "LEARNS_EMPLOYER_NEEDS");
            visit(sql, 2, "kari", "2026-06-30 22:30:00", "PHONE", 10, 0, "ASKS_ABOUT_OPENINGS");
            visit(sql, 3, "liv", "2026-07-01 09:00:00", "IN_PERSON", 60, 30, "LEARNS_EMPLOYER_NEEDS");
        }

        Migrations.configure(dataSource).migrate();

        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet day = sql.executeQuery("SELECT team_id, contact_day, week_start, face_to_face, by_phone, "
                     + "community_minutes, quality_5 FROM outreach_team_day")) {
            assertThat(day.next()).isTrue();
            assertThat(day.getLong(1)).isEqualTo(7);
            assertThat(day.getObject(2, LocalDate.class)).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(day.getObject(3, LocalDate.class)).isEqualTo(LocalDate.of(2026, 6, 29));
            assertThat(day.getInt(4)).isEqualTo(1);
            assertThat(day.getInt(5)).isEqualTo(1);
            assertThat(day.getInt(6)).isEqualTo(90);
            assertThat(day.getInt(7)).isEqualTo(1);
            assertThat(day.next()).as("one team, one day; the manager's own visit is in no team").isFalse();
        }
    }

    private static void visit(Statement sql, long id, String specialist, String startedAt, String mode, int meeting,
                              int travel, String quality) throws SQLException {
        sql.executeUpdate("INSERT INTO visit (id, version, employer_id, specialist, started_at, meeting_minutes, "
                + "travel_minutes, mode, purpose, quality, created_at) VALUES (" + id + ", 1, 5, '" + specialist + "', '"
                + startedAt + "', " + meeting + ", " + travel + ", '" + mode + "', 'GENERAL_JOB_DEVELOPMENT', '" + quality
                + "', '" + startedAt + "')");
    }
}
