package no.ips.outreach.testing;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Wall-clock times of repeated runs, after a warm-up, with nearest-rank percentiles. */
public record Timings(String name, long[] nanos) {

    /** Runs {@code warmUp} unmeasured then {@code runs} measured iterations; the argument is the iteration number. */
    public static Timings measure(String name, int warmUp, int runs, IntConsumer iteration) {
        for (int i = 0; i < warmUp; i++) {
            iteration.accept(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            iteration.accept(warmUp + i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Timings(name, nanos);
    }

    public double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100 * nanos.length);
        return nanos[Math.max(0, Math.min(nanos.length - 1, rank - 1))] / 1e6;
    }

    public double p50() {
        return percentileMillis(50);
    }

    public double p99() {
        return percentileMillis(99);
    }

    public String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", name, nanos.length, p50(), p99(), nanos[nanos.length - 1] / 1e6);
    }
}
