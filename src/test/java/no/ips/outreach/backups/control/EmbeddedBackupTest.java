package no.ips.outreach.backups.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import org.junit.jupiter.api.Test;

/**
 * The embedded database's backup, restored as the README says: unzipped into the data directory of a stopped
 * service. The restored file must open, pass Flyway's validation of the applied scripts, and hold the rows.
 */
class EmbeddedBackupTest {

    private static final String OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH";

    @Test
    void aBackupTakenWhileConnectedRestoresToAValidatedDatabaseWithItsRows() throws Exception {
        Path work = Path.of("target", "backup-test-" + UUID.randomUUID()).toAbsolutePath();
        UrlRoutedDataSource running = h2(work.resolve("data").resolve("outreach"));
        Migrations.configure(running).migrate();
        try (Connection held = running.getConnection(); Statement sql = held.createStatement()) {
            sql.executeUpdate("INSERT INTO team (code, name, kind, created_at, version) "
                    + "VALUES ('nav-bodo', 'NAV Bodø', 'NAV_OFFICE', CURRENT_TIMESTAMP, 0)");
            Path zip = work.resolve("backups").resolve("outreach-20261204T090000Z.zip");
            Files.createDirectories(zip.getParent());

            EmbeddedBackup.backUp(running, zip);

            assertThat(entries(zip)).containsExactly("outreach.mv.db");
            unzip(zip, work.resolve("restored"));
        }

        UrlRoutedDataSource restored = h2(work.resolve("restored").resolve("outreach"));
        assertThat(Migrations.configure(restored).validateWithResult().validationSuccessful).isTrue();
        try (Connection connection = restored.getConnection(); Statement sql = connection.createStatement();
             ResultSet team = sql.executeQuery("SELECT name FROM team WHERE code = 'nav-bodo'")) {
            assertThat(team.next()).isTrue();
            assertThat(team.getString(1)).isEqualTo("NAV Bodø");
        }
    }

    private static UrlRoutedDataSource h2(Path file) {
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl("jdbc:h2:file:" + file + OPTIONS);
        dataSource.setUser("outreach");
        dataSource.setPassword("outreach");
        return dataSource;
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, into.resolve(entry.getName()));
            }
        }
    }
}
