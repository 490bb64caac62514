package no.ips.outreach.planning.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;
import no.ips.outreach.testing.Timings;

/**
 * Times a week's suggestions over HTTP against the real service on MariaDB: a team of 20 specialists with caseloads of
 * 25, 5,000 employers, 10,000 open openings and two years of visits ({@link TeamOutreach}), one request at a time,
 * the 20 specialists in turn, as their manager. In the same run, as baselines: one participant read (the same token,
 * scope check and access log row, nothing else) and the week's plan. See docs/benchmarks.md.
 */
public final class PlannerBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static long sink;

    private PlannerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.iterations", 400);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String week = IsoWeek.of(today).toString();
        String url = MariaDb.freshDatabase("planner_bench");
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl(url + "&rewriteBatchedStatements=true");
        dataSource.setUser(MariaDb.USER);
        dataSource.setPassword(MariaDb.PASSWORD);
        Migrations.configure(dataSource).migrate();
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            long started = System.nanoTime();
            new TeamOutreach(db, today).load();
            log("loaded %d employers, %d openings, %d participants, %d visits, %d job starts, %d match decisions in %.0f s",
                    MariaDb.count(sql, "employer"), MariaDb.count(sql, "job_opening"), MariaDb.count(sql, "participant"), MariaDb.count(sql, "visit"),
                    MariaDb.count(sql, "job_start"), MariaDb.count(sql, "match_decision"), (System.nanoTime() - started) / 1e9);
            for (String table : List.of("employer", "job_opening", "participant", "visit", "visit_participant", "job_start")) {
                sql.execute("ANALYZE TABLE " + table);
            }
        }

        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "planner-bench-keys").toAbsolutePath());
        List<Timings> results = new ArrayList<>();
        try (OutreachServer server = OutreachServer.start("planner-bench", Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), List.of("-Xmx1g"))) {
            String manager = tokens.valid(TeamOutreach.MANAGER, "manager");
            IntFunction<String> specialist = i -> TeamOutreach.username(1 + i % TeamOutreach.SPECIALISTS);
            // the first request builds the matching index; warm every endpoint before measuring any
            for (int i = 0; i < runs / 4; i++) {
                get(server, manager, "planner/" + specialist.apply(i) + "/weeks/" + week + "/suggestions");
                get(server, manager, "planner/" + specialist.apply(i) + "/weeks/" + week);
                get(server, manager, "participants/" + TeamOutreach.firstParticipantOf(1 + i % TeamOutreach.SPECIALISTS));
            }
            results.add(http("baseline: one participant read (GET participants/{id})", runs,
                    i -> get(server, manager, "participants/" + TeamOutreach.firstParticipantOf(1 + i % TeamOutreach.SPECIALISTS))));
            results.add(http("the week's plan (GET planner/{specialist}/weeks/{week})", runs,
                    i -> get(server, manager, "planner/" + specialist.apply(i) + "/weeks/" + week)));
            results.add(http("the week's suggestions (GET planner/{specialist}/weeks/{week}/suggestions)", runs,
                    i -> get(server, manager, "planner/" + specialist.apply(i) + "/weeks/" + week + "/suggestions")));
        }
        String report = report(results);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "planner.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s (checksum %d)", out, sink);
        System.exit(0);
    }

    private static Timings http(String name, int runs, IntFunction<Integer> request) {
        Timings timings = Timings.measure(name, 0, runs, i -> sink += request.apply(i));
        log("%s", timings.row());
        return timings;
    }

    /** The answer's length; anything but 200 stops the run with the answer. */
    private static int get(OutreachServer server, String token, String path) {
        try {
            var response = HTTP.send(HttpRequest.newBuilder(server.base().resolve("/api/v1/" + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }


    private static String report(List<Timings> results) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs shared by the service, MariaDB and the client; "
                        + "service heap 1 GiB\n\n");
        md.append("| measurement | runs | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        results.forEach(t -> md.append(t.row()).append('\n'));
        Timings baseline = results.get(0);
        Timings suggestions = results.get(results.size() - 1);
        md.append(String.format(Locale.ROOT, "%nsuggestions / baseline: p50 **%.1f**, p99 **%.1f**%n",
                suggestions.p50() / baseline.p50(), suggestions.p99() / baseline.p99()));
        return md.toString();
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
