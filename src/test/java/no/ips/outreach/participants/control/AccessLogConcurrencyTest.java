package no.ips.outreach.participants.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.testing.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many readers of one participant each write an access-log line at once, as the service does in every read. Every
 * line must get its own identity: H2 2.2.224 (the one Payara bundles) handed two concurrent inserts the same one, so
 * some reads of the embedded database failed. The embedded default is an H2 file, so H2 runs from a file here too.
 */
class AccessLogConcurrencyTest {

    private static final int READERS = 32;
    private static final int READS_EACH = 300;

    @ParameterizedTest
    @EnumSource(Databases.class)
    void concurrentReadsEachGetTheirOwnAccessLogLine(Databases database) throws Exception {
        DataSource db = migrated(database);
        CyclicBarrier start = new CyclicBarrier(READERS);
        ExecutorService threads = Executors.newFixedThreadPool(READERS);
        List<Future<?>> readers = new ArrayList<>();
        for (int r = 0; r < READERS; r++) {
            String reader = "reader-" + r;
            readers.add(threads.submit(() -> read(db, reader, start)));
        }
        try {
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            threads.shutdown();
        }

        try (Connection c = db.getConnection();
             ResultSet counts = c.createStatement().executeQuery("SELECT COUNT(*), COUNT(DISTINCT id) FROM participant_access")) {
            counts.next();
            assertThat(counts.getLong(1)).isEqualTo((long) READERS * READS_EACH);
            assertThat(counts.getLong(2)).isEqualTo((long) READERS * READS_EACH);
        }
    }

    private static Void read(DataSource db, String reader, CyclicBarrier start) throws Exception {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            start.await();
            for (int i = 0; i < READS_EACH; i++) {
                try (var insert = c.prepareStatement("INSERT INTO participant_access (accessed_at, username, participant_id, action) "
                        + "VALUES (?, ?, ?, ?)")) {
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setString(2, reader);
                    insert.setLong(3, 7L);
                    insert.setString(4, "READ");
                    insert.executeUpdate();
                }
                c.commit();
            }
        }
        return null;
    }

    private static DataSource migrated(Databases database) {
        UrlRoutedDataSource db = (UrlRoutedDataSource) database.freshDataSource("access_concurrency");
        if (database == Databases.H2) {
            db.setUrl("jdbc:h2:file:" + Path.of("target", "h2", "access-" + UUID.randomUUID()).toAbsolutePath()
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH");
        }
        Migrations.configure(db).migrate();
        return db;
    }
}
