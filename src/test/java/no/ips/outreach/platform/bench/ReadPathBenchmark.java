package no.ips.outreach.platform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import no.ips.outreach.matching.bench.ClosedLoop;
import no.ips.outreach.matching.bench.ClosedLoop.Result;
import no.ips.outreach.planning.bench.TeamOutreach;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;

/**
 * The common reads of the service over HTTP on MariaDB, in one run, next to a ceiling: one employer, a page of 50
 * employers, one participant, a page of 50 visits and one participant's matches, all as the team's manager with one
 * token, and {@code /health/live} (JSON written by the same Payara, no token check, no database) as what the server
 * itself costs. The data is the planner benchmark's ({@link TeamOutreach}: 5,000 employers, 10,000 openings, 500
 * participants, 10,000 visits). Each endpoint is warmed with two clients, then measured with 1, 8 and 32 clients in a
 * closed loop ({@link ClosedLoop}); per row the processor time of the service and of MariaDB over the window, per
 * request, read from the processes' CPU counters (/proc) before and after the window.
 *
 * <p>Run with {@code mvn -B -Pbench package -DskipTests exec:exec -Dbench.main=no.ips.outreach.platform.bench.ReadPathBenchmark
 * -Dbench.seconds=10 -Dbench.warmupSeconds=4}; {@code -Dbench.war=…} measures another build of the WAR and
 * {@code -Dbench.jsonProvider=false} starts the service without naming its JSON provider. See docs/benchmarks.md.
 */
public final class ReadPathBenchmark {

    private ReadPathBenchmark() {
    }

    /** One endpoint of the table: a label and the address for an id drawn from the loop (ignored by lists). */
    record Endpoint(String label, boolean ceiling, long[] ids, LongFunction<String> path) {
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
        int seconds = Integer.getInteger("bench.seconds", 10);
        int warmUp = Integer.getInteger("bench.warmupSeconds", 4);
        // -Dbench.loops=8 measures only that loop (a profile needs one)
        String loopList = System.getProperty("bench.loops", "").isBlank() ? "1,8," + Integer.getInteger("bench.clients", 32)
                : System.getProperty("bench.loops");
        int[] loops = Arrays.stream(loopList.split(",")).mapToInt(loop -> Integer.parseInt(loop.trim())).toArray();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String url = MariaDb.freshDatabase("read_path_bench");
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl(url + "&rewriteBatchedStatements=true");
        dataSource.setUser(MariaDb.USER);
        dataSource.setPassword(MariaDb.PASSWORD);
        Migrations.configure(dataSource).migrate();
        long[] open;
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            new TeamOutreach(db, today).load();
            for (String table : List.of("employer", "job_opening", "participant", "visit", "visit_participant")) {
                sql.execute("ANALYZE TABLE " + table);
            }
            // a closed participant is not matched (409): the matches are asked for open ones only
            try (var rows = sql.executeQuery("SELECT id FROM participant WHERE status <> 'CLOSED' ORDER BY id")) {
                LongStream.Builder ids = LongStream.builder();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                open = ids.build().toArray();
            }
        }
        long[] employers = LongStream.rangeClosed(1, TeamOutreach.EMPLOYERS).toArray();
        long[] participants = LongStream.rangeClosed(1, (long) TeamOutreach.SPECIALISTS * TeamOutreach.PARTICIPANTS_PER_SPECIALIST).toArray();
        List<Endpoint> endpoints = List.of(
                new Endpoint("ceiling: GET /health/live (JSON, no token, no database)", true, employers, id -> "/health/live"),
                new Endpoint("GET /employers/{id}", false, employers, id -> "/api/v1/employers/" + id),
                new Endpoint("GET /employers?limit=50", false, employers, id -> "/api/v1/employers?limit=50"),
                new Endpoint("GET /participants/{id}", false, participants, id -> "/api/v1/participants/" + id),
                new Endpoint("GET /visits?limit=50", false, employers, id -> "/api/v1/visits?limit=50"),
                new Endpoint("GET /participants/{id}/matches?limit=20", false, open,
                        id -> "/api/v1/participants/" + id + "/matches?limit=20"))
                .stream().filter(e -> e.ceiling() || only(e.label())).toList();

        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "read-path-bench-keys").toAbsolutePath());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<Result> results = new ArrayList<>();
        String deployed;
        String statements;
        try (OutreachServer server = OutreachServer.start("read-path-bench", Map.of(
                // -Dbench.dbUrlOptions=&useServerPrepStmts=true tries Connector/J settings on the service's URL only
                "OUTREACH_DB_URL", url + System.getProperty("bench.dbUrlOptions", ""),
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), options("bench.serverOptions", "-Xmx1g"),
                options("bench.payaraOptions"))) {
            deployed = server.log().lines().filter(line -> line.contains("successfully deployed in")).findFirst().orElse("?");
            String manager = tokens.valid(TeamOutreach.MANAGER, "manager");
            AtomicLong next = new AtomicLong();
            for (Endpoint endpoint : endpoints) {
                ClosedLoop.run(http, endpoint.label(), uri(server, endpoint), server, endpoint.ceiling() ? null : manager,
                        endpoint.ids(), next, 2, 0, warmUp * 2);
            }
            statements = Statements.count(http, url, manager, endpoints.stream().filter(e -> !e.ceiling())
                    .collect(Collectors.toMap(Endpoint::label, e -> uri(server, e), (a, b) -> a, LinkedHashMap::new)),
                    endpoints.stream().filter(e -> !e.ceiling()).collect(Collectors.toMap(Endpoint::label, Endpoint::ids)));
            for (int clients : loops) {
                for (Endpoint endpoint : endpoints) {
                    Result result = ClosedLoop.run(http, endpoint.label(), uri(server, endpoint), server,
                            endpoint.ceiling() ? null : manager, endpoint.ids(), next, clients, warmUp, seconds);
                    log("%s", result.row());
                    results.add(result);
                }
            }
        }
        String report = report(results, endpoints, loops, warmUp, seconds, deployed) + statements;
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "read-path.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s", out);
        System.exit(results.stream().anyMatch(r -> r.errors() + r.warmUpErrors() > 0) ? 1 : 0);
    }

    /** {@code -Dbench.endpoints=employers,visits} measures only the endpoints whose label names one of them (and the ceiling). */
    private static boolean only(String label) {
        String only = System.getProperty("bench.endpoints", "").trim();
        return only.isEmpty() || Arrays.stream(only.split(",")).anyMatch(label::contains);
    }

    /** JVM or Payara options from a property, e.g. {@code -Dbench.serverOptions=-XX:StartFlightRecording=...}. */
    private static List<String> options(String property, String... always) {
        List<String> options = new ArrayList<>(List.of(always));
        String extra = System.getProperty(property, "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return options;
    }

    static LongFunction<URI> uri(OutreachServer server, Endpoint endpoint) {
        return id -> server.base().resolve(endpoint.path().apply(id));
    }

    private static String report(List<Result> results, List<Endpoint> endpoints, int[] loops, int warmUp, int seconds, String deployed) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs shared by the service, MariaDB and the load generator; service heap 1 GiB; ")
                .append(String.format(Locale.ROOT, "closed loops, %d s warm-up then %d s measured per row; JSON provider named: %s; WAR: %s.%n",
                        warmUp, seconds, System.getProperty("bench.jsonProvider", "true"), System.getProperty("outreach.war")))
                .append("Deployment: `").append(deployed.replaceAll(".*(successfully deployed in [0-9,]+ milliseconds).*", "$1")).append("`\n\n");
        md.append("| endpoint | clients | requests | throughput req/s | p50 ms | p99 ms | max ms | non-200 | service CPU ms/request | MariaDB CPU ms/request |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        results.forEach(r -> md.append(r.row()).append('\n'));
        md.append("\nAs ratios to the ceiling of the same run (throughput: share of the ceiling's; CPU: service ms per request, "
                + "and its multiple of the ceiling's):\n\n| endpoint | clients | throughput / ceiling | service CPU ms (x ceiling) | MariaDB CPU ms |\n|---|---:|---:|---:|---:|\n");
        for (int clients : loops) {
            Result ceiling = find(results, endpoints.get(0).label(), clients);
            double ceilingCpu = ceiling.serviceCpu().millisPer(ceiling.timings().nanos().length);
            for (Endpoint endpoint : endpoints.subList(1, endpoints.size())) {
                Result r = find(results, endpoint.label(), clients);
                double cpu = r.serviceCpu().millisPer(r.timings().nanos().length);
                md.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f (%.1f) | %.2f |%n", endpoint.label(), clients,
                        r.throughput() / ceiling.throughput(), cpu, cpu / ceilingCpu,
                        r.databaseCpu().millisPer(r.timings().nanos().length)));
            }
        }
        for (Result r : results) {
            if (r.errors() + r.warmUpErrors() > 0) {
                md.append(String.format(Locale.ROOT, "%n%s with %d client(s): %d answers other than 200; the first: %s%n", r.label(),
                        r.clients(), r.errors() + r.warmUpErrors(), r.firstError()));
            }
        }
        return md.toString();
    }

    private static Result find(List<Result> results, String label, int clients) {
        return results.stream().filter(r -> r.label().equals(label) && r.clients() == clients).findFirst().orElseThrow();
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
