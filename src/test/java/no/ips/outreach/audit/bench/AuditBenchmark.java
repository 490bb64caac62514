package no.ips.outreach.audit.bench;

import db.migration.V11__Fill_outreach_ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;
import no.ips.outreach.testing.Timings;

/**
 * Times the outreach reports over HTTP against the real service on MariaDB holding a million visits, one request at
 * a time, and a naive SQL aggregation of the visit log as the baseline, in the same run. See docs/benchmarks.md.
 */
public final class AuditBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static long sink;

    private AuditBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = Integer.getInteger("bench.iterations", 50);
        int sqlRuns = Integer.getInteger("bench.sqlIterations", 10);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String url = MariaDb.freshDatabase("audit_bench");
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        dataSource.setUrl(url + "&rewriteBatchedStatements=true");
        dataSource.setUser(MariaDb.USER);
        dataSource.setPassword(MariaDb.PASSWORD);
        Migrations.configure(dataSource).migrate();
        NationalOutreach data = new NationalOutreach(null, today);
        String from = data.firstDay().plusDays(1).toString();
        String to = today.toString();

        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement()) {
            // the test server's 32 MB buffer pool is sized for quick tests, not for a million visits
            sql.execute("SET GLOBAL innodb_buffer_pool_size = 512 * 1024 * 1024");
            sql.execute("SET GLOBAL innodb_log_file_size = 256 * 1024 * 1024");
            long started = System.nanoTime();
            new NationalOutreach(db, today).load();
            log("loaded %d visits, %d participants, %d week reviews in %.0f s", MariaDb.count(sql, "visit"),
                    MariaDb.count(sql, "participant"), MariaDb.count(sql, "week_review"), (System.nanoTime() - started) / 1e9);
            started = System.nanoTime();
            V11__Fill_outreach_ledger.fill(db);
            db.commit();
            log("ledgers and first contacts filled from the visit log (migration V11) in %.1f s: %d team-days, %d team-weeks",
                    (System.nanoTime() - started) / 1e9, MariaDb.count(sql, "outreach_team_day"), MariaDb.count(sql, "outreach_team_week"));
            // the sign-offs were bulk-loaded too: count them as WeekReviews would have, week by week and month by month
            sql.executeUpdate("INSERT INTO outreach_team_week (week_start, team_id, face_to_face, by_phone, by_video, "
                    + "by_email, at_event, community_minutes, individualized, quality_1, quality_2, quality_3, quality_4, "
                    + "quality_5, reviews_current, reviews_changed) SELECT r.week_start, s.team_id, 0, 0, 0, 0, 0, 0, 0, "
                    + "0, 0, 0, 0, 0, COUNT(*), 0 FROM week_review r JOIN specialist s ON s.id = r.specialist_id "
                    + "GROUP BY r.week_start, s.team_id ON DUPLICATE KEY UPDATE reviews_current = VALUES(reviews_current)");
            sql.executeUpdate("INSERT INTO outreach_review_month (month_key, specialist_id, reviews_current) "
                    + "SELECT YEAR(week_start + INTERVAL '3' DAY) * 100 + MONTH(week_start + INTERVAL '3' DAY), "
                    + "specialist_id, COUNT(*) FROM week_review GROUP BY 1, 2");
            db.commit();
            for (String table : List.of("outreach_team_week", "outreach_review_month", "visit", "visit_participant", "participant", "outreach_team_day", "week_review", "job_start")) {
                sql.execute("ANALYZE TABLE " + table);
            }
        }

        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "audit-bench-keys").toAbsolutePath());
        List<Timings> results = new ArrayList<>();
        try (OutreachServer server = OutreachServer.start("audit-bench", Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), List.of("-Xmx1g"))) {
            String admin = tokens.valid("bench-admin", "admin");
            String manager = tokens.valid("bench-manager", "manager");
            String twoYears = "?from=" + from + "&to=" + to;
            String lastMonth = "?month=" + today.minusMonths(1).toString().substring(0, 7);
            results.add(http(server, manager, "team report, 2 years (20 specialists, ~10,000 visits)",
                    "audit/teams/1" + twoYears, runs));
            results.add(http(server, manager, "team report, last month", "audit/teams/1" + lastMonth, runs));
            results.add(http(server, admin, "national report, 2 years (1,000,000 visits, 2,000 specialists, 100 teams)",
                    "audit/national" + twoYears, runs));
            results.add(http(server, admin, "national report, last month", "audit/national" + lastMonth, runs));
            hold(server, url, admin, manager);
        }

        try (Connection db = dataSource.getConnection();
             PreparedStatement naive = db.prepareStatement("SELECT s.team_id, "
                     + "SUM(CASE WHEN v.mode = 'IN_PERSON' THEN 1 ELSE 0 END), COUNT(*), "
                     + "SUM(CASE WHEN v.mode IN ('IN_PERSON', 'EVENT') THEN v.meeting_minutes + v.travel_minutes ELSE 0 END), "
                     + "SUM(CASE WHEN v.individualized THEN 1 ELSE 0 END), COUNT(DISTINCT v.employer_id) "
                     + "FROM visit v JOIN specialist s ON s.username = v.specialist "
                     + "WHERE v.started_at >= ? AND v.started_at < ? GROUP BY s.team_id")) {
            naive.setObject(1, LocalDate.parse(from).atStartOfDay());
            naive.setObject(2, today.plusDays(1).atStartOfDay());
            results.add(Timings.measure("baseline: one set-based SQL query sums the 2 years of visits by team", 1, sqlRuns,
                    i -> sink += rows(naive)));
        }
        String report = report(results);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "audit.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s (checksum %d)", out, sink);
        System.exit(0);
    }

    /** -Dbench.hold=SECONDS keeps the loaded database and the service up afterwards, to look into a slow report. */
    private static void hold(OutreachServer server, String url, String admin, String manager) throws InterruptedException {
        int seconds = Integer.getInteger("bench.hold", 0);
        if (seconds > 0) {
            log("holding for %d s: service %s, database %s (user %s), admin token %s, manager token %s", seconds,
                    server.base(), url, MariaDb.USER, admin, manager);
            Thread.sleep(seconds * 1000L);
        }
    }

    private static Timings http(OutreachServer server, String token, String name, String path, int runs) {
        URI uri = server.base().resolve("/api/v1/" + path);
        Timings timings = Timings.measure(name, Math.max(5, runs / 5), runs, i -> {
            try {
                var response = HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
                }
                sink += response.body().length();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        log("%s", timings.row());
        return timings;
    }

    private static int rows(PreparedStatement query) {
        try (ResultSet rows = query.executeQuery()) {
            int n = 0;
            while (rows.next()) {
                n++;
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }


    private static String report(List<Timings> results) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs; service heap 1 GiB, MariaDB buffer pool 512 MiB\n\n");
        md.append("| measurement | runs | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        results.forEach(t -> md.append(t.row()).append('\n'));
        Timings national = results.get(2);
        Timings baseline = results.get(results.size() - 1);
        md.append(String.format(Locale.ROOT, "%nbaseline p50 / national report over HTTP p50 (2 years): **%.1f**%n",
                baseline.p50() / national.p50()));
        return md.toString();
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
