package no.ips.outreach.platform.bench;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ips.outreach.system.Outreach;
import no.ips.outreach.system.OutreachServer;
import no.ips.outreach.system.TestData;
import no.ips.outreach.system.Tokens;
import no.ips.outreach.testing.MariaDb;

/**
 * A soak run (issue #19): the service with a 512 MB heap on MariaDB under a moderate, steady load for a long time
 * (20 minutes by default), to show that nothing grows that should not: the heap after a full GC, the JVM's threads and
 * the open database connections are sampled at the start and every few minutes. The load is paced, not a closed loop
 * at full speed: {@code bench.clients} specialists each log a visit with an Idempotency-Key, read a page of visits,
 * a page of employers, one employer and the team list, then pause {@code bench.pauseMillis}.
 *
 * <p>Run by hand (not in the test command): {@code mvn -B -Pbench package -DskipTests exec:exec
 * -Dbench.main=no.ips.outreach.platform.bench.SoakRun -Dbench.seconds=1200 -Dbench.heap=256m}; the report goes to
 * {@code target/benchmarks/soak.md}. docs/operations.md has the figures.
 */
public final class SoakRun {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private SoakRun() {
    }

    record Sample(Duration at, long heapAfterGcKib, long threads, long connections, long requests, long errors,
                  long p50Millis, long p99Millis) {
        String row() {
            return String.format(Locale.ROOT, "| %d:%02d | %,d | %d | %d | %,d | %d | %d | %d |", at.toMinutes(),
                    at.toSecondsPart(), heapAfterGcKib / 1024, threads, connections, requests, errors, p50Millis, p99Millis);
        }
    }

    public static void main(String[] args) {
        try {
            soak();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void soak() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 1200);
        int sampleEvery = Integer.getInteger("bench.sampleSeconds", 120);
        int clients = Integer.getInteger("bench.soakClients", 4);
        long pause = Long.getLong("bench.pauseMillis", 100);
        String database = "outreach_soak";
        String url = MariaDb.freshDatabase(database);
        Tokens tokens = new Tokens();
        Path key = tokens.writePublicKey(Path.of("target", "it", "soak-keys").toAbsolutePath());
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<Sample> samples = new ArrayList<>();
        try (OutreachServer server = OutreachServer.start("soak", Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()), List.of("-Xmx512m"));
             Connection db = DriverManager.getConnection(url, MariaDb.USER, MariaDb.PASSWORD)) {
            String team = "nav-soak";
            URI api = server.base().resolve("/api/v1/");
            send(http, api.resolve("teams"), "POST", tokens.valid("soak-admin", Outreach.ADMIN),
                    Json.createObjectBuilder().add("code", team).add("name", "NAV Soak").add("kind", "NAV_OFFICE").build().toString(), null);
            List<Long> employers = new ArrayList<>();
            String setUp = tokens.inTeam("soak-setup", "Setup", Outreach.SPECIALIST, team);
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> created = send(http, api.resolve("employers"), "POST", setUp,
                        TestData.employer("Soak " + i + " AS").build().toString(), null);
                employers.add(Json.createReader(new StringReader(created.body())).readObject().getJsonNumber("id").longValue());
            }
            long pid = server.process().pid();
            Latencies latencies = new Latencies();
            AtomicLong requests = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            Instant start = Instant.now();
            Instant stopAt = start.plusSeconds(seconds);
            ExecutorService load = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                int client = c;
                load.submit(() -> {
                    // tokens live an hour: a new one every 20 minutes, as a browser would refresh it
                    String token = null;
                    Instant tokenAt = Instant.MIN;
                    for (int i = 0; Instant.now().isBefore(stopAt); i++) {
                        if (Duration.between(tokenAt, Instant.now()).toMinutes() >= 20) {
                            token = tokens.inTeam("soak-" + client, "Soak " + client, Outreach.SPECIALIST, team);
                            tokenAt = Instant.now();
                        }
                        long employer = employers.get((client * 7 + i) % employers.size());
                        // eight hours between one specialist's visits: never at two workplaces at once
                        String visit = TestData.visit(employer, OffsetDateTime.now().minusDays(1).minusHours(8L * i)).build().toString();
                        timed(latencies, requests, errors, http, api.resolve("visits"), "POST", token, visit, UUID.randomUUID().toString());
                        timed(latencies, requests, errors, http, api.resolve("visits?limit=20"), "GET", token, null, null);
                        timed(latencies, requests, errors, http, api.resolve("employers?limit=50"), "GET", token, null, null);
                        timed(latencies, requests, errors, http, api.resolve("employers/" + employer), "GET", token, null, null);
                        timed(latencies, requests, errors, http, api.resolve("teams"), "GET", token, null, null);
                        try {
                            Thread.sleep(pause);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            Instant next = start;
            while (true) {
                samples.add(sample(Duration.between(start, Instant.now()), pid, db, database, requests.get(), errors.get(), latencies.drain()));
                System.out.println(samples.get(samples.size() - 1).row());
                next = next.plusSeconds(sampleEvery);
                if (next.isAfter(stopAt)) {
                    break;
                }
                Thread.sleep(Math.max(0, Duration.between(Instant.now(), next).toMillis()));
            }
            load.shutdown();
            load.awaitTermination(2, TimeUnit.MINUTES);
            samples.add(sample(Duration.between(start, Instant.now()), pid, db, database, requests.get(), errors.get(), latencies.drain()));
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Soak: %d s, %d clients pausing %d ms, service -Xmx512m on MariaDB, started %s%n%n"
                        + "| at (min:s) | heap used after full GC (MiB) | JVM threads | DB connections | requests so far | errors so far | p50 ms | p99 ms |%n"
                        + "|---|---:|---:|---:|---:|---:|---:|---:|%n", seconds, clients, pause, Instant.now().minusSeconds(seconds)));
        samples.forEach(sample -> report.append(sample.row()).append('\n'));
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "soak.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.exit(0);
    }

    private static Sample sample(Duration at, long pid, Connection db, String database, long requests, long errors,
                                 long[] latencies) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        Matcher used = HEAP_USED.matcher(run(jcmd, Long.toString(pid), "GC.heap_info"));
        long heap = used.find() ? Long.parseLong(used.group(1)) : -1;
        long threads = Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                .filter(line -> line.startsWith("Threads:")).mapToLong(line -> Long.parseLong(line.substring(8).trim()))
                .findFirst().orElse(-1);
        long connections;
        try (PreparedStatement count = db.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.processlist WHERE db = ? AND id <> CONNECTION_ID()")) {
            count.setString(1, database);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                connections = rows.getLong(1);
            }
        }
        return new Sample(at, heap, threads, connections, requests, errors, percentile(latencies, 0.5), percentile(latencies, 0.99));
    }

    private static long percentile(long[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }

    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    private static void timed(Latencies latencies, AtomicLong requests, AtomicLong errors, HttpClient http, URI uri,
                              String method, String token, String body, String idempotencyKey) {
        long began = System.nanoTime();
        try {
            int status = send(http, uri, method, token, body, idempotencyKey).statusCode();
            if (status >= 300) {
                errors.incrementAndGet();
            }
        } catch (Exception e) {
            errors.incrementAndGet();
        }
        latencies.add((System.nanoTime() - began) / 1_000_000);
        requests.incrementAndGet();
    }

    private static HttpResponse<String> send(HttpClient http, URI uri, String method, String token, String body,
                                             String idempotencyKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The latencies of one sampling window, sorted when drained. */
    private static final class Latencies {
        private final List<Long> millis = new ArrayList<>();

        synchronized void add(long value) {
            millis.add(value);
        }

        synchronized long[] drain() {
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            millis.clear();
            return sorted;
        }
    }
}
