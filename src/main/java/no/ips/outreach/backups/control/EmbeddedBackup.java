package no.ips.outreach.backups.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.DataSourceConfiguration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A consistent copy of the embedded H2 database, taken by H2's own {@code BACKUP TO} while the service runs: a zip
 * with the database file, which is restored by unzipping it into the data directory of a stopped service.
 */
@ApplicationScoped
public class EmbeddedBackup {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "outreach.backup.dir", defaultValue = "data/backups")
    String directory;

    @Inject
    Clock clock;

    /** The written backup. */
    public record Backup(Path file, long bytes) {
    }

    /** Whether this service runs on the embedded database, the only one it backs up itself. */
    public boolean embedded() {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    /** A backup written earlier, by its file name; never a path outside the backup directory. */
    public Optional<Backup> find(String name) {
        Path dir = Path.of(directory).toAbsolutePath();
        if (!name.matches("outreach-[0-9TZ]+\\.zip")) {
            return Optional.empty();
        }
        Path file = dir.resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(new Backup(file, Files.size(file))) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Backup take() {
        Path dir = Path.of(directory).toAbsolutePath();
        Path file = dir.resolve("outreach-" + STAMP.format(clock.instant()) + ".zip");
        try {
            Files.createDirectories(dir);
            backUp(dataSource, file);
            return new Backup(file, Files.size(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the backup to " + file, e);
        }
    }

    /** H2's BACKUP TO takes a literal, not a parameter; the path is ours, and quotes in it are doubled. */
    public static void backUp(DataSource h2, Path file) {
        try (Connection connection = h2.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not back up to " + file + ": " + e.getMessage(), e);
        }
    }
}
