package no.ips.outreach.platform.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import no.ips.outreach.testing.MariaDb;

/**
 * What each endpoint sends to MariaDB: statements per request by kind, from the server's own counters over a few
 * sequential requests (nothing else runs then), and the SQL of one request from MariaDB's general log. The counters
 * see what Connector/J sends, including what EclipseLink's log would not show (SET autocommit, COMMIT, validation).
 */
final class Statements {

    private static final int REQUESTS = 40;
    private static final List<String> KINDS = List.of("Questions", "Com_select", "Com_insert", "Com_update", "Com_set_option",
            "Com_commit", "Com_rollback", "Com_admin_commands");

    private Statements() {
    }

    /** The table of statements per request (as Markdown), and one request's SQL per endpoint in target/benchmarks. */
    static String count(HttpClient http, String jdbcUrl, String token, Map<String, LongFunction<URI>> endpoints,
                        Map<String, long[]> ids) throws SQLException, IOException, InterruptedException {
        StringBuilder md = new StringBuilder("\nStatements MariaDB received per request (its status counters over ")
                .append(REQUESTS).append(" sequential requests; `Questions` counts every statement, `Com_set_option` is "
                        + "`SET autocommit` and the like, `Com_admin_commands` includes pings):\n\n| endpoint |");
        KINDS.forEach(kind -> md.append(' ').append(kind).append(" |"));
        md.append("\n|---|").append("---:|".repeat(KINDS.size())).append('\n');
        StringBuilder sql = new StringBuilder();
        try (Connection db = DriverManager.getConnection(jdbcUrl, MariaDb.USER, MariaDb.PASSWORD); Statement admin = db.createStatement()) {
            Path log = Path.of("target", "benchmarks", "read-path-general.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            for (var endpoint : endpoints.entrySet()) {
                long[] some = ids.get(endpoint.getKey());
                Map<String, Long> before = status(admin);
                for (int i = 0; i < REQUESTS; i++) {
                    send(http, endpoint.getValue().apply(some[(i * 7_919) % some.length]), token);
                }
                Map<String, Long> after = status(admin);
                md.append("| ").append(endpoint.getKey()).append(" |");
                for (String kind : KINDS) {
                    // the second status read is itself one of the Questions of this window
                    long own = kind.equals("Questions") ? 1 : 0;
                    md.append(String.format(Locale.ROOT, " %.1f |", (after.get(kind) - before.get(kind) - own) / (double) REQUESTS));
                }
                md.append('\n');
                Files.deleteIfExists(log);
                admin.execute("SET GLOBAL general_log_file = '" + log + "'");
                admin.execute("SET GLOBAL general_log = 1");
                send(http, endpoint.getValue().apply(some[some.length / 2]), token);
                admin.execute("SET GLOBAL general_log = 0");
                sql.append("## ").append(endpoint.getKey()).append("\n\n").append(Files.exists(log) ? Files.readString(log) : "(no log)").append('\n');
            }
        }
        Files.writeString(Path.of("target", "benchmarks", "read-path-sql.md"), sql);
        return md.toString();
    }

    private static Map<String, Long> status(Statement admin) throws SQLException {
        Map<String, Long> values = new LinkedHashMap<>();
        try (ResultSet rows = admin.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('" + String.join("','", KINDS) + "')")) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }

    private static void send(HttpClient http, URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }
}
