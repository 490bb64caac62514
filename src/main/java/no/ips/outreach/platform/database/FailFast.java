package no.ips.outreach.platform.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on the connection up to three times, five seconds apart. While the database
 * is down that holds every request for many seconds before it fails anyway; the pool already hands out only
 * validated connections, so a request fails at once and the client is told to come back (503, Retry-After).
 */
public class FailFast implements SessionCustomizer {

    /** How long one statement may wait (for a lock, say) before it is cancelled and the request answers 503. */
    public static final String STATEMENT_TIMEOUT = "outreach.db.statement-timeout-seconds";
    private static final int DEFAULT_TIMEOUT_SECONDS = 15;

    @Override
    public void customize(Session session) {
        deployWithoutDatabase(session);
        // a table locked for long must not hold request threads until the lock goes: cancel and say so (503)
        session.setQueryTimeoutDefault(statementTimeoutSeconds());
        session.setQueryTimeoutUnitDefault(TimeUnit.SECONDS);
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
            // EclipseLink 4.0.7 (Payara's) never closes the statement whose getGeneratedKeys gave an IDENTITY id
            // (eclipse-ee4j/eclipselink#2366): every insert left one open on its pooled connection, found by the
            // soak run. Ask for the id with the platform's own SELECT LAST_INSERT_ID() instead.
            login.getPlatform().setSupportsReturnGeneratedKeys(false);
        }
    }

    /**
     * Every pool's login (each has its own copy) gets the connector that lets the deployment's log-in check pass
     * while the database is away; after the log-in, connections are real.
     */
    private static void deployWithoutDatabase(Session session) {
        AtomicBoolean loggedIn = new AtomicBoolean();
        List<Login> logins = new ArrayList<>();
        logins.add(session.getDatasourceLogin());
        if (session instanceof ServerSession server) {
            logins.add(server.getReadConnectionPool().getLogin());
            server.getConnectionPools().values().forEach(pool -> logins.add(pool.getLogin()));
        }
        logins.stream().filter(DatasourceLogin.class::isInstance).map(DatasourceLogin.class::cast).distinct()
                .filter(login -> !(login.getConnector() instanceof StartWithoutDatabase))
                .forEach(login -> login.setConnector(new StartWithoutDatabase(login.getConnector(), loggedIn)));
        session.getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postLogin(SessionEvent event) {
                loggedIn.set(true);
            }
        });
    }

    private static int statementTimeoutSeconds() {
        try {
            return ConfigProvider.getConfig().getOptionalValue(STATEMENT_TIMEOUT, Integer.class).orElse(DEFAULT_TIMEOUT_SECONDS);
        } catch (IllegalStateException noMicroProfileConfig) {
            // the data-layer tests run the persistence unit in plain Java SE, without MicroProfile Config
            return DEFAULT_TIMEOUT_SECONDS;
        }
    }
}
