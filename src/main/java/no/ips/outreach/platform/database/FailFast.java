package no.ips.outreach.platform.database;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a read that failed on the connection up to three times, five seconds apart. While the database
 * is down that holds every request for many seconds before it fails anyway; the pool already hands out only
 * validated connections, so a request fails at once and the client is told to come back (503, Retry-After).
 */
public class FailFast implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(0);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
