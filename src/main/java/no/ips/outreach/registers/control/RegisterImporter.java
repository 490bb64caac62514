package no.ips.outreach.registers.control;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.ips.outreach.registers.entity.BrregUnits;
import no.ips.outreach.registers.entity.EmployerChange;
import no.ips.outreach.registers.entity.CvrUnits;
import no.ips.outreach.registers.entity.ImportProgress;
import no.ips.outreach.registers.entity.ImportRefusal;
import no.ips.outreach.platform.language.Wording;
import no.ips.outreach.registers.entity.ImportState;
import no.ips.outreach.registers.entity.NaceVersion;
import no.ips.outreach.registers.entity.Reading;
import no.ips.outreach.registers.entity.RegisterUnit;
import no.ips.outreach.registers.entity.UnitKind;

/**
 * Imports a register's bulk file into the register table, in plain JDBC so that it runs the same in the service and
 * in tests on MariaDB and H2. {@link #begin} checks the file's format and takes the one import lock, at once, in the
 * caller's thread; {@link #run} streams the file in batches, commits each, and keeps the progress row (and the lock's
 * heartbeat) current. A bad record is refused with its number, line and reason and never stops the import.
 */
public final class RegisterImporter {

    private static final Logger LOG = Logger.getLogger(RegisterImporter.class.getName());

    static final int MAX_REFUSALS_KEPT = 1000;
    /** A lock whose holder has not written progress for this long belongs to an instance that died. */
    static final Duration STALE_LOCK = Duration.ofMinutes(10);

    private final DataSource dataSource;
    private final Clock clock;
    private final ImportTuning tuning;
    private final ImportTimings timings = new ImportTimings();

    public RegisterImporter(DataSource dataSource, Clock clock) {
        this(dataSource, clock, ImportTuning.DEFAULT);
    }

    public RegisterImporter(DataSource dataSource, Clock clock, ImportTuning tuning) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.tuning = tuning;
    }

    /** Checks the file and takes the lock; the new import's id. */
    public long begin(UnitKind kind, Path file, String startedBy) throws IOException, FormatRefused, ImportBusy, SQLException {
        FileFormat format = check(kind, file);
        Instant now = clock.instant();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try {
                try (PreparedStatement lock = db.prepareStatement("SELECT import_id, taken_at FROM register_import_lock "
                        + "WHERE id = 1 FOR UPDATE"); ResultSet row = lock.executeQuery()) {
                    row.next();
                    long holder = row.getLong(1);
                    LocalDateTime takenAt = row.getObject(2, LocalDateTime.class);
                    if (!row.wasNull() && holder != 0 && takenAt != null
                            && takenAt.toInstant(ZoneOffset.UTC).isAfter(now.minus(STALE_LOCK))) {
                        throw new ImportBusy(holder);
                    }
                }
                long id;
                try (PreparedStatement insert = db.prepareStatement("INSERT INTO register_import (kind, file_name, format, "
                        + "state, started_by, started_at, heartbeat_at, bytes_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, kind.name());
                    insert.setString(2, file.getFileName().toString());
                    insert.setString(3, format.name());
                    insert.setString(4, ImportState.RUNNING.name());
                    insert.setString(5, startedBy);
                    insert.setObject(6, utc(now));
                    insert.setObject(7, utc(now));
                    insert.setLong(8, java.nio.file.Files.size(file));
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement take = db.prepareStatement("UPDATE register_import_lock SET import_id = ?, taken_at = ? WHERE id = 1")) {
                    take.setLong(1, id);
                    take.setObject(2, utc(now));
                    take.executeUpdate();
                }
                db.commit();
                SecondaryIndexes.ensure(db); // after an import whose instance died mid-load; we hold the lock
                return id;
            } catch (SQLException | ImportBusy | RuntimeException e) {
                db.rollback();
                throw e;
            }
        }
    }

    /** The file's format, after reading its first record: a file of another format is refused before any import. */
    static FileFormat check(UnitKind kind, Path file) throws IOException, FormatRefused {
        try (RegisterFile register = RegisterFile.open(kind, file)) {
            final class First extends RuntimeException {
                First() {
                    super(null, null, false, false);
                }
            }
            try {
                register.read((number, line, fields) -> {
                    if (fields.text(kind == UnitKind.P_UNIT ? "VrproduktionsEnhed.pNummer" : "organisasjonsnummer") == null
                            && fields.text("navn") == null) {
                        throw new FormatRefused("registers.format.first-record", line,
                                kind == UnitKind.P_UNIT ? "VrproduktionsEnhed.pNummer" : "organisasjonsnummer",
                                kind.name().toLowerCase(Locale.ROOT));
                    }
                    throw new First();
                });
            } catch (First first) {
                return register.format();
            } catch (FormatRefused | IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
            return register.format();
        }
    }

    /**
     * Streams the file into the register table; always ends the import (DONE or FAILED) and frees the lock. A first
     * import of a kind from a big file loads without the secondary indexes and builds them before it is done.
     */
    public ImportProgress run(long importId, UnitKind kind, Path file, NaceVersion declared) {
        long started = System.nanoTime();
        Tally tally = new Tally();
        String failure = null;
        boolean bulk = false;
        try (Connection db = dataSource.getConnection(); RegisterFile register = RegisterFile.open(kind, file)) {
            db.setAutoCommit(false);
            bulk = register.size() >= tuning.bulkFromBytes() && noUnitOf(db, kind);
            if (bulk) {
                SecondaryIndexes.drop(db);
            }
            Map<String, RegisterUnit> batch = new LinkedHashMap<>(tuning.batch() * 2);
            List<ImportRefusal> refusals = new ArrayList<>();
            long[] lastCommit = {System.nanoTime()};
            register.read((number, line, fields) -> {
                tally.read++;
                Reading reading = kind == UnitKind.P_UNIT ? CvrUnits.read(fields) : BrregUnits.read(kind, fields, declared);
                if (reading.isRefused()) {
                    tally.refused++;
                    if (tally.refused <= MAX_REFUSALS_KEPT) {
                        refusals.add(new ImportRefusal(number, line, reading.number(), reading.refusal()));
                    }
                } else {
                    batch.put(reading.unit().number(), reading.unit()); // the last of a number twice in a file wins
                }
                if (batch.size() >= tuning.batch() || refusals.size() >= tuning.batch()) {
                    write(db, kind, importId, batch, refusals, tally);
                    if (System.nanoTime() - lastCommit[0] >= tuning.commitEvery().toNanos()) {
                        commit(db, importId, tally, register.bytesRead());
                        lastCommit[0] = System.nanoTime();
                    }
                }
            });
            write(db, kind, importId, batch, refusals, tally);
            commit(db, importId, tally, register.size());
            if (bulk) {
                long indexing = System.nanoTime();
                SecondaryIndexes.ensure(db);
                timings.indexNanos += System.nanoTime() - indexing;
                bulk = false;
            }
            long employers = EmployerFollowUp.apply(db, kind, importId, clock.instant());
            try (PreparedStatement count = db.prepareStatement("UPDATE register_import SET employers_updated = ? WHERE id = ?")) {
                count.setLong(1, employers);
                count.setLong(2, importId);
                count.executeUpdate();
            }
            db.commit();
        } catch (FormatRefused e) {
            failure = e.wording().stored();
        } catch (Exception e) {
            LOG.log(java.util.logging.Level.WARNING, "Register import " + importId + " stopped", e);
            failure = Wording.of("registers.import.stopped", e).stored();
        }
        if (bulk) {
            rebuildIndexes(importId);
        }
        finish(importId, failure);
        timings.totalNanos += System.nanoTime() - started;
        LOG.info(() -> "Register import " + importId + " of " + file.getFileName() + ": " + timings);
        return progress(importId).orElseThrow();
    }

    /** Where the time of this importer's runs went. */
    public ImportTimings timings() {
        return timings;
    }

    private static boolean noUnitOf(Connection db, UnitKind kind) throws SQLException {
        try (PreparedStatement any = db.prepareStatement("SELECT 1 FROM register_unit WHERE kind = ? LIMIT 1")) {
            any.setString(1, kind.name());
            try (ResultSet row = any.executeQuery()) {
                return !row.next();
            }
        }
    }

    /** After a failed bulk load: the indexes come back before the lock is freed (the next import would too). */
    private void rebuildIndexes(long importId) {
        try (Connection db = dataSource.getConnection()) {
            SecondaryIndexes.ensure(db);
        } catch (SQLException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Register import " + importId + ": the register's indexes could not "
                    + "be built again; the next import builds them", e);
        }
    }

    private void write(Connection db, UnitKind kind, long importId, Map<String, RegisterUnit> batch,
                       List<ImportRefusal> refusals, Tally tally) throws SQLException {
        if (!batch.isEmpty()) {
            UnitWriter.Counts counts = UnitWriter.write(db, kind, batch.values(), importId, timings);
            tally.imported += batch.size();
            tally.added += counts.added();
            tally.changed += counts.changed();
            tally.unchanged += counts.unchanged();
            tally.closed += counts.closed();
            batch.clear();
        }
        if (!refusals.isEmpty()) {
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO register_import_refusal (import_id, "
                    + "record_number, line_number, unit_number, reason) VALUES (?, ?, ?, ?, ?)")) {
                for (ImportRefusal refusal : refusals) {
                    insert.setLong(1, importId);
                    insert.setLong(2, refusal.recordNumber());
                    insert.setLong(3, refusal.line());
                    String number = refusal.unitNumber();
                    insert.setString(4, number == null || number.length() <= 20 ? number : number.substring(0, 20));
                    insert.setString(5, refusal.reason().length() <= 500 ? refusal.reason() : refusal.reason().substring(0, 500));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            refusals.clear();
        }
    }

    /** Commits the units written so far with the progress row and the lock's heartbeat, so others see both. */
    private void commit(Connection db, long importId, Tally tally, long bytesDone) throws SQLException {
        long committing = System.nanoTime();
        Instant now = clock.instant();
        try (PreparedStatement progress = db.prepareStatement("UPDATE register_import SET bytes_done = ?, records_read = ?, "
                + "imported = ?, refused = ?, added = ?, changed = ?, unchanged = ?, closed = ?, heartbeat_at = ? WHERE id = ?");
             PreparedStatement heartbeat = db.prepareStatement("UPDATE register_import_lock SET taken_at = ? WHERE id = 1 AND import_id = ?")) {
            progress.setLong(1, bytesDone);
            progress.setLong(2, tally.read);
            progress.setLong(3, tally.imported);
            progress.setLong(4, tally.refused);
            progress.setLong(5, tally.added);
            progress.setLong(6, tally.changed);
            progress.setLong(7, tally.unchanged);
            progress.setLong(8, tally.closed);
            progress.setObject(9, utc(now));
            progress.setLong(10, importId);
            progress.executeUpdate();
            heartbeat.setObject(1, utc(now));
            heartbeat.setLong(2, importId);
            heartbeat.executeUpdate();
        }
        db.commit();
        timings.commitNanos += System.nanoTime() - committing;
    }

    private void finish(long importId, String failure) {
        Instant now = clock.instant();
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (PreparedStatement end = db.prepareStatement("UPDATE register_import SET state = ?, finished_at = ?, "
                    + "heartbeat_at = ?, failure = ? WHERE id = ?");
                 PreparedStatement release = db.prepareStatement("UPDATE register_import_lock SET import_id = NULL, "
                         + "taken_at = NULL WHERE id = 1 AND import_id = ?")) {
                end.setString(1, (failure == null ? ImportState.DONE : ImportState.FAILED).name());
                end.setObject(2, utc(now));
                end.setObject(3, utc(now));
                end.setString(4, failure == null || failure.length() <= 1000 ? failure : failure.substring(0, 1000));
                end.setLong(5, importId);
                end.executeUpdate();
                release.setLong(1, importId);
                release.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not end register import " + importId, e);
        }
    }

    public Optional<ImportProgress> progress(long importId) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT id, kind, file_name, format, state, started_by, "
                     + "started_at, finished_at, bytes_total, bytes_done, records_read, imported, refused, added, changed, "
                     + "unchanged, closed, failure, employers_updated FROM register_import WHERE id = ?")) {
            select.setLong(1, importId);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                LocalDateTime finished = r.getObject(8, LocalDateTime.class);
                return Optional.of(new ImportProgress(r.getLong(1), UnitKind.valueOf(r.getString(2)), r.getString(3),
                        r.getString(4), ImportState.valueOf(r.getString(5)), r.getString(6),
                        r.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        finished == null ? null : finished.toInstant(ZoneOffset.UTC), r.getLong(9), r.getLong(10),
                        r.getLong(11), r.getLong(12), r.getLong(13), r.getLong(14), r.getLong(15), r.getLong(16),
                        r.getLong(17), r.getString(18), r.getLong(19)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the import changed in the employers taken from the register, field by field. */
    public List<EmployerChange> changes(long importId) {
        List<EmployerChange> changes = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT c.employer_id, e.name, c.field, c.old_value, c.new_value "
                     + "FROM register_import_change c JOIN employer e ON e.id = c.employer_id WHERE c.import_id = ? ORDER BY c.id")) {
            select.setLong(1, importId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    changes.add(new EmployerChange(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return changes;
    }

    public List<ImportRefusal> refusals(long importId) {
        List<ImportRefusal> refusals = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement select = db.prepareStatement("SELECT record_number, line_number, unit_number, reason "
                     + "FROM register_import_refusal WHERE import_id = ? ORDER BY record_number")) {
            select.setLong(1, importId);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    refusals.add(new ImportRefusal(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return refusals;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static final class Tally {
        long read;
        long imported;
        long refused;
        long added;
        long changed;
        long unchanged;
        long closed;
    }
}
