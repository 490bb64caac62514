package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import no.ips.outreach.testing.MariaDb;
import org.junit.jupiter.api.Test;

/**
 * The backup and restore the README gives operators, done as they would do it: {@code mariadb-dump
 * --single-transaction} of the running service's database, loaded with the {@code mariadb} client into a fresh
 * database, and the service started on that.
 */
class BackupIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, Outreach.ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);

    @Test
    void aDumpOfTheRunningServiceRestoresIntoAFreshDatabaseThatTheServiceStartsOn() throws Exception {
        String team = teams.team("nav-backup-" + suffix);
        Client kari = teams.specialist("kari-" + suffix, team);
        long participant = kari.post("participants", TeamFixture.participant("BK", "GENERAL").build()).expect(201).id();
        long employer = kari.post("employers", TestData.employer("Backup Bakeri " + suffix + " AS").build()).expect(201).id();
        long visit = kari.post("visits", TestData.visit(employer, OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)).build())
                .expect(201).id();

        Path dump = Path.of("target", "it", "backup-" + suffix + ".sql").toAbsolutePath();
        shell(BACKUP.formatted(MariaDb.tool("mariadb-dump"), MariaDb.port(), MariaDb.USER, "outreach_system", dump));
        MariaDb.freshDatabase("outreach_restored");
        shell(RESTORE.formatted(MariaDb.tool("mariadb"), MariaDb.port(), MariaDb.USER, "outreach_restored", dump));

        var key = outreach.tokens.writePublicKey(Path.of("target", "it", "keys-restored").toAbsolutePath());
        try (OutreachServer restored = OutreachServer.start("restored", Map.of(
                "OUTREACH_DB_URL", MariaDb.url(MariaDb.port(), "outreach_restored"),
                "OUTREACH_DB_USER", MariaDb.USER,
                "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()))) {
            Client kariThere = new Client(restored.base(), outreach.tokens.inTeam("kari-" + suffix, "Test kari-" + suffix,
                    Outreach.SPECIALIST, team));

            assertThat(kariThere.get("participants/" + participant).expect(200).json().getString("alias")).isEqualTo("BK");
            JsonObject visitThere = kariThere.get("visits/" + visit).expect(200).json();
            assertThat(visitThere.getJsonNumber("employerId").longValue()).isEqualTo(employer);
            long next = kariThere.post("visits", TestData.visit(employer, OffsetDateTime.now(ZoneOffset.UTC).minusHours(2)).build())
                    .expect(201).id();
            assertThat(next).as("new rows continue after the restored ones").isGreaterThan(visit);
            assertThat(new Client(restored.base(), null).get("/health/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void onMariaDbTheServiceSendsTheAdministratorToMariadbDump() {
        assertThat(admin.post("backups", "", Map.of()).problem(409).getString("detail")).contains("mariadb-dump");
    }

    /** The README's backup command: one consistent snapshot without locking the tables, views without their definer. */
    private static final String BACKUP = "%s --no-defaults --single-transaction --routines --triggers --host=127.0.0.1 "
            + "--port=%d --user=%s %s | sed -E 's/ DEFINER=`[^`]*`(@`[^`]*`)?//' > %s";
    private static final String RESTORE = "%s --no-defaults --host=127.0.0.1 --port=%d --user=%s %s < %s";

    private static void shell(String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-o", "pipefail", "-c", command);
        builder.environment().put("MYSQL_PWD", MariaDb.PASSWORD);
        Process process = builder.redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        assertThat(process.exitValue()).as("%s: %s", command, output).isZero();
    }
}
