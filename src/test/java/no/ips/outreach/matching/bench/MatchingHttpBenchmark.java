package no.ips.outreach.matching.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;
import no.ips.outreach.matching.bench.ClosedLoop.Result;

/**
 * The matching endpoint under load: the synthetic data of {@link MatchingBenchmark} (5,000 employers, 50,000 open
 * openings, 20,000 participants, same seed) bulk-loaded into a freshly migrated MariaDB with one team whose
 * specialists hold every participant, the built service started on it, and a closed loop of clients (each sends
 * its next request as soon as the previous answer is read) asking {@code GET participants/{id}/matches?limit=20}
 * with a manager's token, for participants spread over all of them, and as the baseline in the same run the same
 * participants read alone ({@code GET participants/{id}}: the same token, scope check and access-log row, no ranking).
 * One client first, then many. Per row: a warm-up, then a fixed measured window; a request counts in the window it
 * completes in; the processor time the service and MariaDB used in the window is divided by the requests. Any answer
 * other than 200 fails the run with its body.
 *
 * <p>Run with {@code mvn -B -Pbench package -DskipTests exec:exec -Dbench.main=no.ips.outreach.matching.bench.MatchingHttpBenchmark};
 * {@code -Dbench.seconds} (default 60) and {@code -Dbench.warmupSeconds} (default 15) set the windows,
 * {@code -Dbench.clients} (default 32) the concurrent clients of the later rows, {@code -Dbench.serverOptions} adds JVM
 * options and {@code -Dbench.payaraOptions} Payara Micro options (e.g. {@code --maxhttpthreads 4}). The service re-reads its whole
 * matching index every 300 s (outreach.matching.full-refresh-seconds): with longer windows that lands inside one.
 */
public final class MatchingHttpBenchmark {

    private static final long SEED = 20260302L;
    private static final int LIMIT = 20;
    private static final Duration INDEX_LIMIT = Duration.ofMinutes(10);

    private MatchingHttpBenchmark() {
    }

    /** What the loop asks for: the matches, or as the baseline the participant alone. */
    enum Endpoint {
        PARTICIPANT("GET /participants/{id} (baseline)"), MATCHES("GET /participants/{id}/matches?limit=" + LIMIT);

        final String label;

        Endpoint(String label) {
            this.label = label;
        }

        URI uri(OutreachServer server, long participantId) {
            return this == MATCHES ? matches(server, participantId) : participant(server, participantId);
        }
    }

    public static void main(String[] args) {
        try {
            measure();
        } catch (Exception | Error e) {
            // System.exit, so that the shutdown hooks stop Payara Micro and MariaDB even if a thread is left
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void measure() throws Exception {
        int employers = Integer.getInteger("bench.employers", 5_000);
        int openings = Integer.getInteger("bench.openings", 50_000);
        int seekers = Integer.getInteger("bench.participants", 20_000);
        int perSpecialist = Integer.getInteger("bench.perSpecialist", 25);
        int clients = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmUp = Integer.getInteger("bench.warmupSeconds", 15);

        long started = System.nanoTime();
        SyntheticData data = SyntheticData.generate(SEED, employers, openings, seekers, SyntheticData.iscoUnitCodes());
        log("generated %d employers, %d openings, %d participants in %.1f s", data.employers().size(), data.openings().size(),
                data.seekers().size(), (System.nanoTime() - started) / 1e9);

        String url = MariaDb.freshDatabase("matching_http_bench");
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl(url + "&rewriteBatchedStatements=true");
        dataSource.setUser(MariaDb.USER);
        dataSource.setPassword(MariaDb.PASSWORD);
        Migrations.configure(dataSource).migrate();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            // the test server's 32 MB buffer pool is sized for quick tests
            sql.execute("SET GLOBAL innodb_buffer_pool_size = 512 * 1024 * 1024");
            started = System.nanoTime();
            SyntheticCaseload.load(db, data, perSpecialist);
            log("MariaDB loaded in %.1f s: %d employers, %d openings (%d shifts, %d languages), %d specialists in team %d,"
                            + " %d participants (%d occupations, %d industries, %d shifts, %d languages)",
                    (System.nanoTime() - started) / 1e9, MariaDb.count(sql, "employer"), MariaDb.count(sql, "job_opening"),
                    MariaDb.count(sql, "job_opening_shift"), MariaDb.count(sql, "job_opening_language"), MariaDb.count(sql, "specialist"),
                    SyntheticCaseload.TEAM_ID, MariaDb.count(sql, "participant"), MariaDb.count(sql, "participant_occupation"),
                    MariaDb.count(sql, "participant_industry"), MariaDb.count(sql, "participant_shift"), MariaDb.count(sql, "participant_language"));
        }

        // the service answers 422 for a participant with none of occupations, hours and home area: not asked for
        long[] asked = data.seekers().stream().filter(MatchingHttpBenchmark::hasPreferences)
                .mapToLong(SeekerProfile::participantId).toArray();
        log("%d of %d participants have preferences to match on", asked.length, data.seekers().size());

        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "matching-http-bench-keys").toAbsolutePath());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<Result> results = new ArrayList<>();
        double indexSeconds;
        long accessRows;
        try (OutreachServer server = OutreachServer.start("matching-http-bench", Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), options("bench.serverOptions", "-Xmx1g"),
                options("bench.payaraOptions"))) {
            String manager = tokens.valid(SyntheticCaseload.MANAGER, "manager");
            started = System.nanoTime();
            awaitIndex(http, server, manager, asked[0]);
            indexSeconds = (System.nanoTime() - started) / 1e9;
            log("matching index built: first answer after %.1f s", indexSeconds);

            // warm both endpoints with two clients first, and measure one client before many, so that the optimising
            // compiler is not starved by 32 busy request threads before the code is compiled
            AtomicLong next = new AtomicLong();
            for (Endpoint endpoint : Endpoint.values()) {
                ClosedLoop.run(http, endpoint.label, id -> endpoint.uri(server, id), server, manager, asked, next, 2, 0, warmUp);
            }
            for (int loopSize : new int[] {1, clients}) {
                for (Endpoint endpoint : Endpoint.values()) {
                    Result result = ClosedLoop.run(http, endpoint.label, id -> endpoint.uri(server, id), server, manager, asked,
                            next, loopSize, warmUp, seconds);
                    log("%s", result.row());
                    results.add(result);
                }
            }
        }
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            accessRows = MariaDb.count(sql, "participant_access");
        }

        String report = report(results, asked.length, data, perSpecialist, warmUp, seconds, indexSeconds, accessRows);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "matching-http.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s", out);
        for (Result result : results) {
            if (result.errors() + result.warmUpErrors() > 0) {
                System.err.printf(Locale.ROOT, "[bench] FAILED: %d answers other than 200 with %d client(s) (%d in the warm-up);"
                        + " the first:%n%s%n", result.errors() + result.warmUpErrors(), result.clients(), result.warmUpErrors(),
                        result.firstError());
                System.exit(1);
            }
        }
        System.exit(0);
    }

    private static boolean hasPreferences(SeekerProfile seeker) {
        return !seeker.occupations().isEmpty() || seeker.hoursMin() != null || seeker.hoursMax() != null
                || seeker.homeLatitude() != null;
    }

    /** The given options and whatever the system property adds (space-separated). */
    private static List<String> options(String property, String... always) {
        List<String> options = new ArrayList<>(List.of(always));
        String extra = System.getProperty(property, "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    /** The baseline: the same participant read on its own, with the same token, scope check and access log row. */
    private static URI participant(OutreachServer server, long participantId) {
        return server.base().resolve("/api/v1/participants/" + participantId);
    }

    private static URI matches(OutreachServer server, long participantId) {
        return server.base().resolve("/api/v1/participants/" + participantId + "/matches?limit=" + LIMIT);
    }

    /** The first request builds the in-memory index: retried until it answers 200; a 4xx ends the run at once. */
    private static void awaitIndex(HttpClient http, OutreachServer server, String token, long participantId) throws InterruptedException {
        long deadline = System.nanoTime() + INDEX_LIMIT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(matches(server, participantId))
                                .header("Authorization", "Bearer " + token).timeout(INDEX_LIMIT).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    int found = response.body().split("\"openingId\"", -1).length - 1;
                    log("participant %d: %d matches, %d characters", participantId, found, response.body().length());
                    if (found != LIMIT) {
                        log("expected %d matches for participant %d: %s", LIMIT, participantId, response.body());
                    }
                    return;
                }
                last = response.statusCode() + ": " + response.body();
                if (response.statusCode() < 500) {
                    throw new IllegalStateException("the matching endpoint answered " + last);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("the matching index was not built within " + INDEX_LIMIT + ": " + last + "\n" + server.log());
    }


    private static String report(List<Result> results, int asked, SyntheticData data, int perSpecialist, int warmUp,
                                 int seconds, double indexSeconds, long accessRows) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs shared by the service, MariaDB and the load generator; service heap 1 GiB, MariaDB buffer pool 512 MiB.\n")
                .append(String.format(Locale.ROOT, "%,d employers, %,d open openings, %,d participants (%,d with preferences asked for)"
                                + " in one team of %,d specialists x %d; a manager's token; `GET /api/v1/participants/{id}/matches?limit=%d`,"
                                + " closed loop, %d s warm-up then %d s measured per row; the first request built the index in %.1f s;"
                                + " %,d participant access rows written.%n%n", data.employers().size(), data.openings().size(),
                        data.seekers().size(), asked, (data.seekers().size() + perSpecialist - 1) / perSpecialist, perSpecialist,
                        LIMIT, warmUp, seconds, indexSeconds, accessRows));
        md.append("| endpoint | clients | requests | throughput req/s | p50 ms | p99 ms | max ms | non-200 | service CPU ms/request | MariaDB CPU ms/request |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        md.append('\n');
        for (int clients : results.stream().mapToInt(Result::clients).distinct().toArray()) {
            Result baseline = find(results, Endpoint.PARTICIPANT.label, clients);
            Result matches = find(results, Endpoint.MATCHES.label, clients);
            md.append(String.format(Locale.ROOT, "%d client(s), matches / baseline: p50 **%.1f**, p99 **%.1f**, service CPU per "
                            + "request **%.1f**, throughput %.2f%n", clients, matches.timings().p50() / baseline.timings().p50(),
                    matches.timings().p99() / baseline.timings().p99(),
                    matches.serviceCpu().millisPer(matches.timings().nanos().length)
                            / baseline.serviceCpu().millisPer(baseline.timings().nanos().length),
                    matches.throughput() / baseline.throughput()));
        }
        Result many = results.get(results.size() - 1);
        md.append(String.format(Locale.ROOT, "%nMean answer of the matches: %.1f KB.%n",
                many.bytes() / 1024.0 / Math.max(1, many.timings().nanos().length)));
        return md.toString();
    }

    private static Result find(List<Result> results, String label, int clients) {
        return results.stream().filter(r -> r.label().equals(label) && r.clients() == clients).findFirst().orElseThrow();
    }

    static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
