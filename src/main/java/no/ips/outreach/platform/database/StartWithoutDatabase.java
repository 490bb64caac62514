package no.ips.outreach.platform.database;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.sessions.Connector;
import org.eclipse.persistence.sessions.Session;

/**
 * Lets the service deploy while its database is away. Payara's JPA deployer logs EclipseLink in while deploying, and
 * EclipseLink's login opens one connection only to check that it can: if that fails, the whole deployment fails and
 * nothing retries. This connector answers that one check with a stand-in that names the database type and nothing
 * more, so the deployment goes on; every later connection is real, so requests get 503 (and readiness says DOWN)
 * until the database comes, and then work without a restart.
 */
final class StartWithoutDatabase implements Connector {

    private static final Logger LOG = Logger.getLogger(StartWithoutDatabase.class.getName());

    private Connector real;
    /** Shared by the clones EclipseLink makes of its logins: a stand-in only until the session has logged in. */
    private final AtomicBoolean loggedIn;

    StartWithoutDatabase(Connector real, AtomicBoolean loggedIn) {
        this.real = real;
        this.loggedIn = loggedIn;
    }

    @Override
    public Connection connect(Properties properties, Session session) {
        if (loggedIn.get()) {
            return real.connect(properties, session);
        }
        try {
            return real.connect(properties, session);
        } catch (DatabaseException unreachable) {
            Throwable cause = unreachable.getInternalException() == null ? unreachable : unreachable.getInternalException();
            LOG.warning(() -> "The database cannot be reached while deploying (" + cause.getMessage().lines().findFirst().orElse("")
                    + "); deploying without it: the service is not ready, answers 503, and recovers when it comes");
            return standIn();
        }
    }

    private static Connection standIn() {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(StartWithoutDatabase.class.getClassLoader(),
                new Class<?>[]{DatabaseMetaData.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> "MySQL";
                    case "getDatabaseProductVersion", "getDriverVersion" -> "8.0.0";
                    case "getDatabaseMajorVersion", "getDriverMajorVersion" -> 8;
                    case "getDatabaseMinorVersion", "getDriverMinorVersion" -> 0;
                    case "getURL", "getUserName" -> "";
                    default -> throw new SQLException("the database has not been reached yet");
                });
        return (Connection) Proxy.newProxyInstance(StartWithoutDatabase.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getMetaData" -> metaData;
                    case "close", "setAutoCommit", "clearWarnings", "commit", "rollback" -> null;
                    case "isClosed" -> false;
                    case "getAutoCommit" -> true;
                    case "isValid" -> false;
                    case "getTransactionIsolation" -> Connection.TRANSACTION_REPEATABLE_READ;
                    case "getWarnings" -> null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "stand-in connection";
                    default -> throw new SQLException("the database has not been reached yet");
                });
    }

    @Override
    public Object clone() {
        try {
            StartWithoutDatabase copy = (StartWithoutDatabase) super.clone();
            copy.real = (Connector) real.clone();
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getConnectionDetails() {
        return real.getConnectionDetails();
    }

    @Override
    public void toString(PrintWriter writer) {
        real.toString(writer);
    }
}
