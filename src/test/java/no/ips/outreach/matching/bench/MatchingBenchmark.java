package no.ips.outreach.matching.bench;

import no.ips.outreach.testing.Timings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import no.ips.outreach.matching.entity.Matcher;
import no.ips.outreach.matching.entity.OpeningTable;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.matching.entity.Weights;

/**
 * Ranks synthetic openings and participants with the real Matcher, single-threaded, and the same participants'
 * openings with one naive SQL query each on MariaDB; prints p50/p99 as a Markdown table. See docs/benchmarks.md.
 */
public final class MatchingBenchmark {

    private static final long SEED = 20260302L;
    private static final int TOP = 50;

    private static long sink;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int employers = Integer.getInteger("bench.employers", 5_000);
        int openings = Integer.getInteger("bench.openings", 50_000);
        int seekers = Integer.getInteger("bench.participants", 20_000);
        int runs = Integer.getInteger("bench.iterations", 200);
        int sqlRuns = Integer.getInteger("bench.sqlIterations", 100);
        boolean sql = Boolean.parseBoolean(System.getProperty("bench.sql", "true"));

        long started = System.nanoTime();
        SyntheticData data = SyntheticData.generate(SEED, employers, openings, seekers, SyntheticData.iscoUnitCodes());
        log("generated %d employers, %d openings, %d participants in %.1f s", data.employers().size(), data.openings().size(),
                data.seekers().size(), (System.nanoTime() - started) / 1e9);

        var ranking = new InProcessRanking(new Matcher(Weights.DEFAULT), SyntheticData.TODAY);
        started = System.nanoTime();
        OpeningTable<OpeningProfile> table = OpeningTable.of(data.openings(), Function.identity());
        log("laid out the opening table in %.0f ms (the index does this when openings change)", (System.nanoTime() - started) / 1e6);
        List<Timings> results = new ArrayList<>();
        results.add(Timings.measure("(a) in process: all " + openings + " openings for one participant, top " + TOP,
                runs / 10, runs, i -> sink += ranking.openingsFor(seeker(data, i), table, TOP).get(0).id()));
        log("%s", results.get(0).row());
        System.gc();
        results.add(Timings.measure("(b) in process: all " + seekers + " participants for one opening, top " + TOP,
                runs / 10, runs, i -> sink += ranking.seekersFor(opening(data, i), data.seekers(), TOP).get(0).id()));
        log("%s", results.get(1).row());

        if (sql) {
            started = System.nanoTime();
            try (SqlBaseline baseline = SqlBaseline.load("outreach_bench", data)) {
                log("MariaDB loaded (%d employers, %d openings) in %.1f s", baseline.count("employer"), baseline.count("job_opening"),
                        (System.nanoTime() - started) / 1e9);
                results.add(Timings.measure("(a) baseline: one SQL query on MariaDB scores and sorts all " + openings + " openings, top " + TOP,
                        sqlRuns / 10, sqlRuns, i -> sink += baseline.openingsFor(seeker(data, i), TOP).get(0)));
                log("%s", results.get(2).row());
            }
        }
        String report = report(results, runs, sqlRuns);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "matching.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s (checksum %d)", out, sink);
        System.exit(0);
    }

    /** Participants and openings in a fixed, spread-out order, the same for every run and for both (a) measurements. */
    private static SeekerProfile seeker(SyntheticData data, int i) {
        return data.seekers().get((int) ((i * 7_919L) % data.seekers().size()));
    }

    private static OpeningProfile opening(SyntheticData data, int i) {
        return data.openings().get((int) ((i * 7_919L) % data.openings().size()));
    }

    private static String report(List<Timings> results, int runs, int sqlRuns) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, max heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB\n\n");
        md.append("| measurement | runs | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        results.forEach(t -> md.append(t.row()).append('\n'));
        if (results.size() > 2) {
            md.append(String.format(Locale.ROOT, "%nbaseline p99 / in-process p99 for (a): **%.1f**%n",
                    results.get(2).p99() / results.get(0).p99()));
        }
        return md.toString();
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
