package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.ips.outreach.testing.MariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's cluster, as {@code config/cluster/cluster.sh} starts it: two Payara Micro instances clustered with
 * Hazelcast, behind HAProxy, over one MariaDB. One instance is killed with {@code kill -9} under a steady load of
 * visits logged with Idempotency-Keys; nothing acknowledged may be lost or doubled, and everything that failed must
 * go through when retried with its key.
 */
class ClusterIT {

    private static final Path SCRIPT = Path.of("config", "cluster", "cluster.sh").toAbsolutePath();
    private static final Path DIR = Path.of("target", "it", "cluster").toAbsolutePath();
    private static final String DATABASE = "outreach_cluster";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private static final Tokens TOKENS = new Tokens();
    private static final int WRITERS = 4;

    private static Map<String, String> environment;
    private static int port;

    @BeforeAll
    static void startTheCluster() throws Exception {
        MariaDb.freshDatabase(DATABASE);
        port = freePortBlock();
        var key = TOKENS.writePublicKey(DIR.resolve("keys"));
        environment = new HashMap<>(Map.of(
                "OUTREACH_DB_URL", MariaDb.url(MariaDb.port(), DATABASE) + "&connectTimeout=2000",
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString(),
                "CLUSTER_DIR", DIR.toString(),
                "CLUSTER_PORT", Integer.toString(port),
                "CLUSTER_HZ_PORT", Integer.toString(port + 10),
                "CLUSTER_NAME", "outreach-it-" + port,
                "JAVA_HEAP", "384m"));
        // events out: the relays poll and retry within seconds, so a delivery test need not wait minutes
        environment.putAll(Map.of("OUTREACH_EVENTS_POLL", "PT0.5S", "OUTREACH_EVENTS_BACKOFF_FIRST", "PT1S",
                "OUTREACH_EVENTS_BACKOFF_MAX", "PT2S"));
        cluster("start");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        cluster("stop");
    }

    @Test
    void killingOneInstanceUnderLoadLosesAndDoublesNothingAndTheOtherServesOn() throws Exception {
        String team = "nav-cluster";
        call("POST", "teams", TOKENS.valid("cluster-admin", Outreach.ADMIN),
                Json.createObjectBuilder().add("code", team).add("name", "NAV Cluster").add("kind", "NAV_OFFICE").build().toString(), null);
        HttpResponse<String> employer = call("POST", "employers", TOKENS.valid("kari-cluster", Outreach.SPECIALIST), TestData.employer("Klynge Kafé AS").build().toString(), null);
        assertThat(employer.statusCode()).isEqualTo(201);
        long employerId = Json.createReader(new java.io.StringReader(employer.body())).readObject().getJsonNumber("id").longValue();

        ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        Instant stopAt = Instant.now().plusSeconds(25);
        List<Future<?>> load = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            // one specialist each, eight hours between visits: nobody is at two workplaces at once, nor out for more than twelve hours a day
            String token = TOKENS.inTeam("cluster-writer-" + w, "Writer " + w, Outreach.SPECIALIST, team);
            load.add(writers.submit(() -> {
                for (int i = 0; Instant.now().isBefore(stopAt); i++) {
                    String key = "w" + writer + "-" + i + "-" + UUID.randomUUID();
                    String body = TestData.visit(employerId, OffsetDateTime.now().minusDays(1).minusHours(8L * i))
                            .add("notes", key).build().toString();
                    attempts.add(Attempt.of(key, body, () -> call("POST", "visits", token, body, key)));
                    Attempt.of(key, null, () -> call("GET", "visits?limit=5", token, null, null));
                }
            }));
        }
        Thread.sleep(6000);
        Instant killed = Instant.now();
        cluster("kill", "1");
        for (Future<?> writer : load) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();

        List<Attempt> failed = attempts.stream().filter(attempt -> !attempt.acknowledged()).toList();
        Instant lastFailure = failed.stream().map(Attempt::at).max(Instant::compareTo).orElse(killed);
        List<Attempt> retried = new ArrayList<>();
        for (Attempt attempt : failed) {
            String writer = attempt.key().substring(1, attempt.key().indexOf('-'));
            String token = TOKENS.inTeam("cluster-writer-" + writer, "Writer " + writer, Outreach.SPECIALIST, team);
            Attempt again = Attempt.of(attempt.key(), attempt.body(), () -> call("POST", "visits", token, attempt.body(), attempt.key()));
            assertThat(again.acknowledged()).as("retry of %s (first %s %s): %s %s", attempt.key(), attempt.status(),
                    attempt.answer(), again.status(), again.answer()).isTrue();
            retried.add(again);
        }

        Map<String, Integer> stored = visitsByKey();
        long acknowledged = attempts.stream().filter(Attempt::acknowledged).count();
        for (Attempt attempt : attempts) {
            assertThat(stored.getOrDefault(attempt.key(), 0)).as("visits stored for %s", attempt.key()).isEqualTo(1);
        }
        assertThat(stored.values()).allMatch(count -> count == 1);
        Duration detection = Duration.between(killed, lastFailure);
        assertThat(detection).as("the balancer stops sending to the dead instance").isLessThan(Duration.ofSeconds(10));
        assertThat(call("GET", "/health/ready", null, null, null).statusCode()).isEqualTo(200);

        cluster("start-instance", "1");
        String restartedLog = Files.readString(DIR.resolve("instance-1").resolve("server.log"));
        assertThat(restartedLog.substring(restartedLog.lastIndexOf("Data Grid Status"))).as("rejoined the cluster")
                .contains("DG Size: 2");

        String report = "cluster kill -9 under load: " + attempts.size() + " visits sent, " + acknowledged + " acknowledged, "
                + failed.size() + " failed and retried (" + retried.size() + " then acknowledged), " + stored.size()
                + " stored, none twice; last failed request " + detection.toMillis() + " ms after the kill";
        Files.writeString(DIR.resolve("report.txt"), report + "\n");
        System.out.println(report);
    }

    /**
     * A rolling upgrade: instance 2 is stopped and started on version N+1, whose migration adds a column, while
     * instance 1 (version N) goes on serving. Flyway migrates once, and version N keeps working on the wider schema:
     * the rule is expand first (add, never rename or drop), contract in a later release.
     */
    @Test
    void aRollingUpgradeMigratesOnceWhileTheOldVersionServesOn() throws Exception {
        Path next = DIR.resolve("outreach-next.war");
        Files.copy(Path.of("target", "outreach.war"), next, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var war = java.nio.file.FileSystems.newFileSystem(next)) {
            Files.writeString(war.getPath("WEB-INF/classes/db/migration/V9999__rolling_upgrade_probe.sql"),
                    "-- version N+1 expands the schema: a new nullable column, which version N ignores\n"
                            + "ALTER TABLE employer ADD COLUMN rolling_upgrade_probe VARCHAR(20);\n");
        }
        String kari = TOKENS.valid("kari-upgrade", Outreach.SPECIALIST);
        int old = port + 1;

        cluster("stop-instance", "2");
        environment.put("INSTANCE_WAR_2", next.toString());
        ExecutorService upgrade = Executors.newSingleThreadExecutor();
        Future<?> started = upgrade.submit(() -> {
            cluster("start-instance", "2");
            return null;
        });
        List<Integer> servedMeanwhile = new ArrayList<>();
        for (int i = 0; !started.isDone(); i++) {
            servedMeanwhile.add(callAt(old, "POST", "employers", kari, TestData.employer("Oppgradering " + i + " AS").build().toString(), null)
                    .statusCode());
            Thread.sleep(500);
        }
        started.get();
        upgrade.shutdown();
        environment.remove("INSTANCE_WAR_2");

        assertThat(servedMeanwhile).isNotEmpty().containsOnly(201);
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '9999' AND success = 1")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = '" + DATABASE
                + "' AND table_name = 'employer' AND column_name = 'rolling_upgrade_probe'")).isEqualTo(1);
        long written = id(callAt(old, "POST", "employers", kari, TestData.employer("Etter oppgradering AS").build().toString(), null));
        assertThat(callAt(old, "GET", "employers/" + written, kari, null, null).statusCode()).as("version N on the new schema").isEqualTo(200);
        assertThat(callAt(port + 2, "GET", "employers/" + written, kari, null, null).statusCode()).as("version N+1").isEqualTo(200);
    }

    private static long count(String query) throws Exception {
        try (Connection db = DriverManager.getConnection(MariaDb.url(MariaDb.port(), DATABASE), MariaDb.USER, MariaDb.PASSWORD);
             Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The matching index is an in-memory cache in each instance: a change written on one is ranked on the other at once. */
    @Test
    void anOpeningCreatedOnOneInstanceIsRankedOnTheOtherAtOnce() throws Exception {
        String admin = TOKENS.valid("cache-admin", Outreach.ADMIN);
        assertThat(callAt(port, "POST", "teams", admin, Json.createObjectBuilder().add("code", "nav-cache").add("name", "NAV Cache")
                .add("kind", "NAV_OFFICE").build().toString(), null).statusCode()).isEqualTo(201);
        String kari = TOKENS.inTeam("kari-cache", "Kari Cache", Outreach.SPECIALIST, "nav-cache");
        int a = port + 1;
        int b = port + 2;
        HttpResponse<String> enrolled = callAt(a, "POST", "participants", kari, TeamFixture.participant("CA", "GENERAL")
                .build().toString(), null);
        assertThat(enrolled.statusCode()).isEqualTo(201);
        long participant = id(enrolled);
        var preferences = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a + "/api/v1/participants/" + participant + "/preferences"))
                .header("Authorization", "Bearer " + kari).header("Content-Type", "application/json")
                .header("If-Match", enrolled.headers().firstValue("ETag").orElseThrow())
                .PUT(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder()
                        .add("occupations", Json.createArrayBuilder().add("5120")).add("hoursMin", 10).add("hoursMax", 37.5)
                        .build().toString())).build();
        assertThat(HTTP.send(preferences, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        String matches = "participants/" + participant + "/matches?includeExcluded=true&limit=100";
        assertThat(callAt(b, "GET", matches, kari, null, null).statusCode()).as("B's index has seen the participant").isEqualTo(200);

        long employer = id(callAt(a, "POST", "employers", kari, TestData.employer("Cache Kafé AS").build().toString(), null));
        long opening = id(callAt(a, "POST", "openings", kari, Json.createObjectBuilder().add("employerId", employer)
                .add("title", "Kokk").add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", 1)
                .add("competitive", true).add("source", "EMPLOYER_GOT_IN_TOUCH").build().toString(), null));
        HttpResponse<String> onB = callAt(b, "GET", matches, kari, null, null);

        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(Json.createReader(new java.io.StringReader(onB.body())).readArray().getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(match -> match.getJsonNumber("openingId").longValue()).toList()).contains(opening);
    }

    /**
     * The planner keeps each team's dormant partners in memory: a visit to a dormant partner logged on A takes it
     * off B's suggestions at once. Verified tokens are kept in memory too, but what they grant is in the signed token
     * itself and nothing the service stores withdraws one, so no write on A can make B's remembered token wrong.
     */
    @Test
    void aVisitLoggedOnOneInstanceTakesADormantPartnerOffTheOthersSuggestionsAtOnce() throws Exception {
        String admin = TOKENS.valid("dormant-admin", Outreach.ADMIN);
        assertThat(callAt(port, "POST", "teams", admin, Json.createObjectBuilder().add("code", "nav-dormant").add("name", "NAV Dormant")
                .add("kind", "NAV_OFFICE").build().toString(), null).statusCode()).isEqualTo(201);
        String specialist = "kari-dormant";
        String kari = TOKENS.inTeam(specialist, "Kari Dormant", Outreach.SPECIALIST, "nav-dormant");
        int a = port + 1;
        int b = port + 2;
        long partner = id(callAt(a, "POST", "employers", kari, TestData.employer("Sovende Partner AS").build().toString(), null));
        for (int daysAgo : new int[] {150, 120}) {
            // notes of their own: the kill test counts visits by their notes
            assertThat(callAt(a, "POST", "visits", kari, TestData.visit(partner, TestData.daysAgo(daysAgo))
                            .add("notes", "dormant-" + UUID.randomUUID()).build().toString(),
                    UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
        }
        String suggestions = "planner/" + specialist + "/weeks/" + no.ips.outreach.audit.entity.IsoWeek.of(java.time.LocalDate.now(
                java.time.ZoneId.of("Europe/Oslo"))) + "/suggestions";
        assertThat(dormantPartners(callAt(b, "GET", suggestions, kari, null, null))).as("B keeps the team's dormant partners")
                .contains(partner);

        assertThat(callAt(a, "POST", "visits", kari, TestData.visit(partner, TestData.daysAgo(1))
                        .add("notes", "dormant-" + UUID.randomUUID()).build().toString(),
                UUID.randomUUID().toString()).statusCode()).isEqualTo(201);

        assertThat(dormantPartners(callAt(b, "GET", suggestions, kari, null, null))).as("B, at once after the visit on A")
                .doesNotContain(partner);
    }

    /**
     * Events out survive a crash: an event committed with its change, and not yet delivered (the receiver is down),
     * is delivered after the only instance that could relay it was killed with {@code kill -9} and started again.
     */
    @Test
    void anEventCommittedBeforeItsInstanceWasKilledIsDeliveredAfterTheRestart() throws Exception {
        String admin = TOKENS.valid("events-admin", Outreach.ADMIN);
        String kari = TOKENS.valid("kari-events", Outreach.SPECIALIST);
        int a = port + 1;
        boolean aRuns = true;
        boolean bRuns = true;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HttpResponse<String> subscribed = callAt(a, "POST", "events/subscriptions", admin, Json.createObjectBuilder()
                    .add("url", receiver.url()).add("eventTypes", Json.createArrayBuilder().add("no.ips.outreach.opening.created"))
                    .build().toString(), UUID.randomUUID().toString());
            long subscription = id(subscribed);
            receiver.secret(Json.createReader(new java.io.StringReader(subscribed.body())).readObject().getString("secret"));
            // from here only A can relay: B is stopped, as if it had crashed first
            cluster("stop-instance", "2");
            bRuns = false;
            long employer = id(callAt(a, "POST", "employers", kari, TestData.employer("Krasj Kafé AS").build().toString(), null));
            long opening = id(callAt(a, "POST", "openings", kari, Json.createObjectBuilder().add("employerId", employer)
                    .add("title", "Kokk").add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", 1)
                    .add("competitive", true).add("source", "EMPLOYER_GOT_IN_TOUCH").build().toString(), null));
            awaitTrue(() -> failedTries(a, admin, subscription) >= 1, "A tries to deliver while the receiver is down");

            cluster("kill", "1");
            aRuns = false;
            receiver.up(true);
            cluster("start-instance", "1");
            aRuns = true;

            awaitTrue(() -> receiver.received().stream().anyMatch(event ->
                    event.getJsonObject("data").getJsonNumber("openingId").longValue() == opening),
                    "the opening's event arrives after the restart");
            assertThat(receiver.refused()).as("every signature verifies").isEmpty();
        } finally {
            if (!aRuns) {
                cluster("start-instance", "1");
            }
            if (!bRuns) {
                cluster("start-instance", "2");
            }
        }
    }

    private static int failedTries(int at, String admin, long subscription) {
        try {
            HttpResponse<String> deliveries = callAt(at, "GET", "events/deliveries?subscriptionId=" + subscription, admin, null, null);
            assertThat(deliveries.statusCode()).as(deliveries.body()).isEqualTo(200);
            return Json.createReader(new java.io.StringReader(deliveries.body())).readArray().getValuesAs(jakarta.json.JsonObject.class)
                    .stream().mapToInt(delivery -> delivery.getInt("tries")).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(250);
        }
    }

    private static List<Long> dormantPartners(HttpResponse<String> suggestions) {
        assertThat(suggestions.statusCode()).as(suggestions.body()).isEqualTo(200);
        return Json.createReader(new java.io.StringReader(suggestions.body())).readArray().getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(s -> s.getJsonArray("reasons").getValuesAs(jakarta.json.JsonObject.class).stream()
                        .anyMatch(reason -> reason.getString("reason").equals("DORMANT_PARTNER")))
                .map(s -> s.getJsonNumber("employerId").longValue()).toList();
    }

    private static long id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Json.createReader(new java.io.StringReader(created.body())).readObject().getJsonNumber("id").longValue();
    }

    /** One request and what came of it: a status, or none when the connection failed. */
    private record Attempt(String key, String body, int status, String answer, Instant at) {

        interface Call {
            HttpResponse<String> send() throws IOException, InterruptedException;
        }

        static Attempt of(String key, String body, Call call) {
            try {
                HttpResponse<String> response = call.send();
                return new Attempt(key, body, response.statusCode(), response.body(), Instant.now());
            } catch (IOException e) {
                return new Attempt(key, body, -1, e.toString(), Instant.now());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        boolean acknowledged() {
            return status >= 200 && status < 300;
        }
    }

    private static HttpResponse<String> call(String method, String path, String token, String body, String key)
            throws IOException, InterruptedException {
        return callAt(port, method, path, token, body, key);
    }

    private static HttpResponse<String> callAt(int at, String method, String path, String token, String body, String key)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + at + (path.startsWith("/") ? path : "/api/v1/" + path)))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Integer> visitsByKey() throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = DriverManager.getConnection(MariaDb.url(MariaDb.port(), DATABASE), MariaDb.USER, MariaDb.PASSWORD);
             Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT notes, COUNT(*) FROM visit GROUP BY notes")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static void cluster(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("cluster.sh %s", List.of(arguments)).isTrue();
        assertThat(process.exitValue()).as("cluster.sh %s: %s", List.of(arguments), output).isZero();
    }

    /**
     * A balancer port, the two instance ports after it, and Hazelcast's ports ten further on, all free now, and below
     * Linux's ephemeral range (32768 and up): instances restart on the same ports minutes later, and a port in that
     * range may by then be the local end of any outgoing connection. Hazelcast then moves to the next port, outside
     * the member list, and the restarted instance forms a cluster of its own (seen once, 2026-12-04).
     */
    private static int freePortBlock() {
        var random = new java.util.Random();
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + random.nextInt(12_000);
            if (free(base) && free(base + 1) && free(base + 2) && free(base + 11) && free(base + 12)) {
                return base;
            }
        }
        throw new IllegalStateException("no block of free ports");
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
