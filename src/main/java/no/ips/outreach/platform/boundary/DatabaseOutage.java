package no.ips.outreach.platform.boundary;

import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.language.Messages;
import jakarta.persistence.QueryTimeoutException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import no.ips.outreach.platform.problem.Problem;

/**
 * A failure because the database cannot be reached, or is too busy to answer in time, is not the client's fault nor a
 * bug: it is a 503 the client may retry after a few seconds, and the load balancer already sees an outage on
 * /health/ready.
 */
final class DatabaseOutage {

    static final int RETRY_AFTER_SECONDS = 5;
    /** MySQL's and MariaDB's ER_LOCK_WAIT_TIMEOUT. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;
    /** ER_LOCK_DEADLOCK: the server rolled this transaction back to let another finish; the same request again succeeds. */
    private static final int DEADLOCK = 1213;

    private DatabaseOutage() {
    }

    static boolean causes(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || t.getClass().getSimpleName().equals("CommunicationsException")
                    // a statement cancelled after outreach.db.statement-timeout-seconds, or a lock waited for too long
                    || t instanceof SQLTimeoutException || t instanceof QueryTimeoutException
                    || t instanceof SQLException sql && sql.getErrorCode() == LOCK_WAIT_TIMEOUT
                    // chosen as a deadlock's victim, as during another instance's ALTER TABLE in a rolling upgrade
                    || t instanceof SQLException sql && sql.getErrorCode() == DEADLOCK
                    || t.getClass().getName().startsWith("jakarta.resource.")
                    || t.getClass().getName().startsWith("com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }

    static Response response() {
        return Response.fromResponse(Problems.response(Problem.of(503,
                        // the stored preference is in the database that cannot be reached: the header decides
                        Messages.get(RequestLanguage.requested(), "problem.title.unavailable"),
                        Messages.get(RequestLanguage.requested(), "problem.unavailable.detail"))))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }
}
