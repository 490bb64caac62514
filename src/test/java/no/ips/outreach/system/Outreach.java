package no.ips.outreach.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import no.ips.outreach.testing.MariaDb;

/**
 * The service as production runs it: MariaDB through Connector/J, tokens from an external issuer. Started once for
 * all system tests of a run; each test creates its own data.
 */
public final class Outreach {

    public static final String SPECIALIST = "specialist";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** A host system's page that embeds the app's components (see EmbeddingIT). */
    public static final String HOST_ORIGIN = "https://host.outreach.test";

    private static Outreach running;

    public final OutreachServer server;
    public final Tokens tokens;
    private final String databaseUrl;

    private Outreach(OutreachServer server, Tokens tokens, String databaseUrl) {
        this.server = server;
        this.tokens = tokens;
        this.databaseUrl = databaseUrl;
    }

    public static synchronized Outreach onMariaDb() {
        if (running == null) {
            Tokens tokens = new Tokens();
            String url = MariaDb.freshDatabase("outreach_system");
            var key = tokens.writePublicKey(java.nio.file.Path.of("target", "it", "keys").toAbsolutePath());
            var server = OutreachServer.start("mariadb", Map.of(
                    "OUTREACH_DB_URL", url,
                    "OUTREACH_DB_USER", MariaDb.USER,
                    "OUTREACH_DB_PASSWORD", MariaDb.PASSWORD,
                    "MP_JWT_VERIFY_ISSUER", Tokens.ISSUER,
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString(),
                    "OUTREACH_EMBED_ALLOWED_ORIGINS", HOST_ORIGIN,
                    "OUTREACH_EMBED_FRAME_ANCESTORS", "'self' " + HOST_ORIGIN,
                    // events out: a fast relay and short backoff, so that EventsIT sees retries within seconds
                    "OUTREACH_EVENTS_POLL", "PT0.2S",
                    "OUTREACH_EVENTS_BACKOFF_FIRST", "PT0.2S",
                    "OUTREACH_EVENTS_BACKOFF_MAX", "PT1S"));
            running = new Outreach(server, tokens, url);
        }
        return running;
    }

    /**
     * Lets time pass for a test: the service refuses plans in the past, so a test that needs a planned visit whose day
     * has come moves it there in the database, as the clock would.
     */
    public void sql(String statement, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(databaseUrl, MariaDb.USER, MariaDb.PASSWORD);
             PreparedStatement update = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    public Client as(String user, String role) {
        return new Client(server.base(), tokens.valid(user, role));
    }

    /** A user whose token names their team, as a real identity provider's would. */
    public Client inTeam(String user, String role, String team) {
        return new Client(server.base(), tokens.inTeam(user, "Test " + user, role, team));
    }

    public Client withToken(String token) {
        return new Client(server.base(), token);
    }

    public Client anonymous() {
        return new Client(server.base(), null);
    }
}
