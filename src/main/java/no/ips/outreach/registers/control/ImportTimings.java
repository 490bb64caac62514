package no.ips.outreach.registers.control;

import java.util.Locale;

/**
 * Where an import's time went, for its log line and the benchmark: looking the batch's units up, writing them,
 * committing (with the progress row), building indexes after a bulk load, and the rest (reading, parsing and mapping the file).
 */
public final class ImportTimings {

    long lookUpNanos;
    long writeNanos;
    long commitNanos;
    long indexNanos;
    long totalNanos;

    public double lookUpSeconds() {
        return lookUpNanos / 1e9;
    }

    public double writeSeconds() {
        return writeNanos / 1e9;
    }

    public double commitSeconds() {
        return commitNanos / 1e9;
    }

    /** Building the secondary indexes after a bulk load. */
    public double indexSeconds() {
        return indexNanos / 1e9;
    }

    /** Reading the file, parsing and mapping its records. */
    public double readSeconds() {
        return (totalNanos - lookUpNanos - writeNanos - commitNanos - indexNanos) / 1e9;
    }

    public double totalSeconds() {
        return totalNanos / 1e9;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.1f s: read and map %.1f s, look-up %.1f s, write %.1f s, commit %.1f s, "
                + "build indexes %.1f s", totalSeconds(), readSeconds(), lookUpSeconds(), writeSeconds(), commitSeconds(),
                indexSeconds());
    }
}
