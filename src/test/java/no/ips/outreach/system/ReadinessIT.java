package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.ips.outreach.testing.MariaDb;
import org.junit.jupiter.api.Test;

/** A load balancer must stop sending traffic to an instance that cannot reach its database, and resume after. */
class ReadinessIT {

    private final Tokens tokens = new Tokens();

    @Test
    void readinessFollowsTheDatabaseConnectionWhileRunning() {
        try (DatabaseLink link = new DatabaseLink(MariaDb.port());
             OutreachServer server = OutreachServer.start("readiness", environment(
                     MariaDb.url(link.port(), databaseNamed("outreach_readiness")) + "&connectTimeout=2000&socketTimeout=5000", "keys-readiness"))) {
            Client anonymous = new Client(server.base(), null);
            assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);

            link.cut();
            Reply whileCut = eventually(() -> anonymous.get("/health/ready"), reply -> reply.status() == 503);
            assertThat(whileCut.body()).contains("\"database\"").contains("DOWN");
            assertThat(anonymous.get("/health/live").status()).isEqualTo(200);

            link.restore();
            assertThat(eventually(() -> anonymous.get("/health/ready"), reply -> reply.status() == 200).body()).contains("UP");
        }
    }

    @Test
    void aServiceStartedWithoutItsDatabaseBecomesReadyByItselfWhenTheDatabaseComes() {
        try (DatabaseLink link = new DatabaseLink(MariaDb.port())) {
            link.cut();
            try (OutreachServer server = OutreachServer.start("no-database-at-start", environment(
                    MariaDb.url(link.port(), databaseNamed("outreach_late")) + "&connectTimeout=2000&socketTimeout=5000", "keys-late"))) {
                Client anonymous = new Client(server.base(), null);
                Client admin = new Client(server.base(), tokens.valid("late-admin", Outreach.ADMIN));
                assertThat(anonymous.get("/health/ready").status()).isEqualTo(503);
                assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
                Reply meanwhile = admin.get("teams");
                assertThat(meanwhile.problem(503).getString("title")).isNotBlank();
                assertThat(meanwhile.header("Retry-After")).isNotBlank();

                link.restore();

                assertThat(eventually(() -> anonymous.get("/health/ready"), reply -> reply.status() == 200).body()).contains("UP");
                admin.post("teams", jakarta.json.Json.createObjectBuilder().add("code", "nav-late").add("name", "NAV Late")
                        .add("kind", "NAV_OFFICE").build()).expect(201);
                assertThat(server.log()).contains("deploying without it");
            }
        }
    }

    @Test
    void duringAnOutageEveryRequestAnswers503ProblemWithRetryAfterWithinSeconds() throws Exception {
        try (DatabaseLink link = new DatabaseLink(MariaDb.port());
             OutreachServer server = OutreachServer.start("outage", environment(
                     MariaDb.url(link.port(), databaseNamed("outreach_outage")) + "&connectTimeout=2000&socketTimeout=5000", "keys-outage"))) {
            Client admin = new Client(server.base(), tokens.valid("outage-admin", Outreach.ADMIN));
            admin.post("teams", jakarta.json.Json.createObjectBuilder().add("code", "nav-outage").add("name", "NAV Outage")
                    .add("kind", "NAV_OFFICE").build()).expect(201);
            var writers = java.util.concurrent.Executors.newFixedThreadPool(4);
            var load = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int w = 0; w < 4; w++) {
                Client writer = new Client(server.base(), tokens.valid("outage-" + w, Outreach.SPECIALIST));
                load.add(writers.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        writer.post("employers", TestData.employer("Outage " + i + " AS").build());
                    }
                }));
            }
            Thread.sleep(1500);

            link.cut();
            for (int i = 0; i < 8; i++) {
                Instant asked = Instant.now();
                Reply reply = i % 2 == 0 ? admin.get("teams")
                        : admin.post("teams", jakarta.json.Json.createObjectBuilder().add("code", "nav-o" + i).add("name", "O " + i)
                                .add("kind", "NAV_OFFICE").build());
                assertThat(Duration.between(asked, Instant.now())).as("request %d", i).isLessThan(Duration.ofMillis(2500));
                assertThat(reply.status()).as("request %d", i).isEqualTo(503);
                assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
                assertThat(reply.header("Retry-After")).isEqualTo("5");
            }
            for (var writer : load) {
                writer.get();
            }
            writers.shutdown();
            link.restore();
            assertThat(eventually(() -> admin.get("teams"), reply -> reply.status() == 200).status()).isEqualTo(200);
        }
    }

    @Test
    void anInstanceThatStartsWithoutItsDatabaseIsNotReady() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (OutreachServer server = OutreachServer.boot("unreachable-db", environment(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/outreach?connectTimeout=1000", "keys-unreachable"))) {
            Client anonymous = new Client(server.base(), null);

            assertThat(anonymous.get("/health/ready").status()).isEqualTo(503);
        }
    }

    private static String databaseNamed(String name) {
        MariaDb.freshDatabase(name);
        return name;
    }

    private Map<String, String> environment(String url, String keyDirectory) {
        var key = tokens.writePublicKey(Path.of("target", "it", keyDirectory).toAbsolutePath());
        return Map.of(
                "OUTREACH_DB_URL", url,
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString());
    }

    private static Reply eventually(Supplier<Reply> probe, Predicate<Reply> condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        Reply reply = probe.get();
        while (!condition.test(reply) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = probe.get();
        }
        return reply;
    }
}
