package no.ips.outreach.registers.control;

import java.time.Duration;

/**
 * How an import writes: units per JDBC batch, how often it commits (with its progress row and the lock's heartbeat),
 * and from what file size a first import of a kind loads without the table's secondary indexes and builds them after
 * (see docs/benchmarks.md for what each is worth). {@link #DEFAULT} is what the service uses; the benchmark also
 * runs {@link #BEFORE}, the first version, to measure against.
 *
 * @param bulkFromBytes files at least this big, of a kind the table has no unit of yet, are loaded without the
 *                      secondary indexes; {@code Long.MAX_VALUE} never
 */
public record ImportTuning(int batch, Duration commitEvery, long bulkFromBytes) {

    public static final ImportTuning DEFAULT = new ImportTuning(5_000, Duration.ofSeconds(2), 8L * 1024 * 1024);
    public static final ImportTuning BEFORE = new ImportTuning(1_000, Duration.ZERO, Long.MAX_VALUE);
}
