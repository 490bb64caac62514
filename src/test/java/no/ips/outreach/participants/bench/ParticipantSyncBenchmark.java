package no.ips.outreach.participants.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;
import no.ips.outreach.testing.Timings;

/**
 * Times the host system's participant sync over HTTP against the real service on MariaDB, one client at a time: the
 * same kind of record through the single PUT (the baseline, one request and one transaction per row) and in bulk,
 * 10,000 rows a request as NDJSON and CSV, new, unchanged and changed. Reported per row, so that the two compare.
 * See docs/benchmarks.md.
 */
public final class ParticipantSyncBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int BULK_ROWS = 10_000;
    private static final int SPECIALISTS = 20;
    private static final String TEAM = "nav-sync-bench";

    private ParticipantSyncBenchmark() {
    }

    private record Bulk(String name, int rows, double seconds) {
        double millisPerRow() {
            return seconds * 1000 / rows;
        }
    }

    public static void main(String[] args) throws Exception {
        int singles = Integer.getInteger("bench.iterations", 2000);
        String url = MariaDb.freshDatabase("sync_bench");
        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "sync-bench-keys").toAbsolutePath());
        List<Timings> perRequest = new ArrayList<>();
        List<Bulk> bulks = new ArrayList<>();
        try (OutreachServer server = OutreachServer.start("sync-bench", Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), List.of("-Xmx1g"))) {
            String admin = tokens.valid("bench-admin", "admin");
            send(server, admin, "POST", "teams", "application/json",
                    "{\"code\":\"" + TEAM + "\",\"name\":\"Sync bench\",\"kind\":\"NAV_OFFICE\"}", 201);
            for (int s = 1; s <= SPECIALISTS; s++) {
                send(server, tokens.inTeam(specialist(s), "Specialist " + s, "specialist", TEAM), "GET", "me", null, null, 200);
            }
            String host = tokens.inTeam("host-system", "Host case system", "integration", TEAM);
            // warm the service: the first requests load classes and fill the statement caches
            for (int i = 0; i < 200; i++) {
                put(server, host, "W-" + i, "JOB_SEARCH", 201);
            }
            send(server, host, "POST", "participants/by-ref", "application/x-ndjson", ndjson("WB-", 2000, "JOB_SEARCH"), 200);

            perRequest.add(single("baseline: single PUT, new participant (one row per request)", singles,
                    i -> put(server, host, "S-" + i, "JOB_SEARCH", 201)));
            perRequest.add(single("single PUT, unchanged", singles, i -> put(server, host, "S-" + i, "JOB_SEARCH", 200)));
            bulks.add(bulk(server, host, "bulk NDJSON, 10,000 new", "application/x-ndjson", ndjson("B-", BULK_ROWS, "JOB_SEARCH")));
            bulks.add(bulk(server, host, "bulk NDJSON, the same 10,000 again (unchanged)", "application/x-ndjson",
                    ndjson("B-", BULK_ROWS, "JOB_SEARCH")));
            bulks.add(bulk(server, host, "bulk NDJSON, the same 10,000 changed (updated)", "application/x-ndjson",
                    ndjson("B-", BULK_ROWS, "EMPLOYED")));
            bulks.add(bulk(server, host, "bulk CSV, 10,000 new", "text/csv", csv("C-", BULK_ROWS)));
        }
        String report = report(perRequest, bulks);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "participant-sync.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        log("written to %s", out);
        System.exit(0);
    }

    private static Timings single(String name, int runs, IntFunction<Integer> request) {
        Timings timings = Timings.measure(name, 0, runs, request::apply);
        log("%s", timings.row());
        return timings;
    }

    private static Bulk bulk(OutreachServer server, String token, String name, String type, String body) {
        long started = System.nanoTime();
        send(server, token, "POST", "participants/by-ref", type, body, 200);
        Bulk bulk = new Bulk(name, BULK_ROWS, (System.nanoTime() - started) / 1e9);
        log("%s: %.1f s, %.3f ms a row", name, bulk.seconds(), bulk.millisPerRow());
        return bulk;
    }

    private static int put(OutreachServer server, String token, String ref, String status, int expected) {
        return send(server, token, "PUT", "participants/by-ref/" + ref, "application/json", json(ref, 0, status, false), expected);
    }

    private static String specialist(int s) {
        return "bench-specialist-" + s;
    }

    private static String json(String ref, int i, String status, boolean withRef) {
        return "{" + (withRef ? "\"externalRef\":\"" + ref + "\"," : "") + "\"alias\":\"P" + i % 1000 + "\",\"specialist\":\""
                + specialist(1 + i % SPECIALISTS) + "\",\"program\":\"IPS\",\"enrolledOn\":\"" + LocalDate.now().minusDays(30 + i % 300)
                + "\",\"status\":\"" + status + "\",\"disclosure\":\"GENERAL\"}";
    }

    private static String ndjson(String prefix, int rows, String status) {
        return IntStream.range(0, rows).mapToObj(i -> json(prefix + i, i, status, true)).collect(Collectors.joining("\n"));
    }

    private static String csv(String prefix, int rows) {
        return "externalRef;alias;specialist;program;enrolledOn;status;disclosure\r\n" + IntStream.range(0, rows)
                .mapToObj(i -> prefix + i + ";P" + i % 1000 + ";" + specialist(1 + i % SPECIALISTS) + ";IPS;"
                        + LocalDate.now().minusDays(30 + i % 300) + ";JOB_SEARCH;GENERAL")
                .collect(Collectors.joining("\r\n"));
    }

    /** The answer's length; any other status stops the run with the answer. */
    private static int send(OutreachServer server, String token, String method, String path, String type, String body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(server.base().resolve("/api/v1/" + path))
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (type != null) {
                request.header("Content-Type", type);
            }
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(500, response.body().length())));
            }
            return response.body().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String report(List<Timings> perRequest, List<Bulk> bulks) {
        StringBuilder md = new StringBuilder();
        md.append("Run ").append(LocalDate.now()).append(", Java ").append(Runtime.version()).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs shared by the service, MariaDB and the client; "
                        + "service heap 1 GiB\n\n");
        md.append("| single PUT | runs | p50 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|\n");
        perRequest.forEach(t -> md.append(t.row()).append('\n'));
        double baseline = perRequest.get(0).nanos().length == 0 ? 0 : mean(perRequest.get(0));
        md.append(String.format(Locale.ROOT, "%nbaseline mean: %.2f ms a row%n%n", baseline));
        md.append("| bulk request | rows | seconds | ms a row | rows a second | baseline / bulk per row |\n|---|---:|---:|---:|---:|---:|\n");
        bulks.forEach(b -> md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.3f | %.0f | **%.1f** |%n", b.name(), b.rows(),
                b.seconds(), b.millisPerRow(), b.rows() / b.seconds(), baseline / b.millisPerRow())));
        return md.toString();
    }

    private static double mean(Timings timings) {
        long total = 0;
        for (long n : timings.nanos()) {
            total += n;
        }
        return total / 1e6 / timings.nanos().length;
    }

    private static void log(String format, Object... args) {
        System.err.println("[bench] " + String.format(Locale.ROOT, format, args));
    }
}
