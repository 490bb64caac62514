package no.ips.outreach.system;

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

    private static Outreach running;

    public final OutreachServer server;
    public final Tokens tokens;

    private Outreach(OutreachServer server, Tokens tokens) {
        this.server = server;
        this.tokens = tokens;
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
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION", key.toUri().toString()));
            running = new Outreach(server, tokens);
        }
        return running;
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
