package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import no.ips.outreach.testing.MariaDb;
import org.junit.jupiter.api.Test;

/**
 * A table held locked for long (a migration, a runaway report) must not hold the requests that need it until the
 * lock goes, nor stop the service from answering the rest.
 */
class SlowDatabaseIT {

    private static final int STATEMENT_TIMEOUT_SECONDS = 15;

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, Outreach.ADMIN);
    private final Client kari = outreach.as("kari-" + suffix, Outreach.SPECIALIST);

    @Test
    void aRequestWaitingOnALockedTableAnswers503AtTheStatementTimeoutWhileOtherRequestsAreServed() throws Exception {
        kari.post("employers", TestData.employer("Låst Lager " + suffix + " AS").build()).expect(201);

        Reply waited;
        Duration took;
        try (Connection locker = DriverManager.getConnection(MariaDb.url(MariaDb.port(), "outreach_system"), MariaDb.USER,
                MariaDb.PASSWORD); Statement sql = locker.createStatement()) {
            sql.execute("LOCK TABLES employer WRITE");
            Instant start = Instant.now();
            CompletableFuture<Reply> blocked = CompletableFuture.supplyAsync(() -> kari.get("employers?limit=5"));

            Thread.sleep(2000);
            assertThat(blocked).as("still waiting on the lock").isNotDone();
            assertThat(admin.get("teams").status()).as("a request that needs no locked table").isEqualTo(200);
            assertThat(outreach.anonymous().get("/health/live").status()).isEqualTo(200);

            waited = blocked.get();
            took = Duration.between(start, Instant.now());
            sql.execute("UNLOCK TABLES");
        }

        assertThat(waited.problem(503).getString("detail")).isNotBlank();
        assertThat(waited.header("Retry-After")).isNotBlank();
        assertThat(took).isBetween(Duration.ofSeconds(STATEMENT_TIMEOUT_SECONDS - 1), Duration.ofSeconds(STATEMENT_TIMEOUT_SECONDS + 20));
        assertThat(kari.get("employers?limit=5").status()).as("served again once the lock is gone").isEqualTo(200);
    }
}
