package no.ips.outreach.platform.database;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A plain JDBC DataSource that opens connections through the driver the URL names, so that operators set only
 * URL, user and password, whether the database is the embedded H2 file or MySQL/MariaDB. Payara pools it.
 */
public class UrlRoutedDataSource implements DataSource {

    private String url;
    private String user;
    private String password;
    private int loginTimeout;

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (pass != null) {
            properties.setProperty("password", pass);
        }
        if (url.startsWith("jdbc:mysql:")) {
            CONNECTOR_J_DEFAULTS.forEach((key, value) -> {
                if (!url.contains(key + "=")) {
                    properties.setProperty(key, value);
                }
            });
        }
        Connection connection = driverFor(url).connect(url, properties);
        return url.startsWith("jdbc:h2:") ? ClosedH2.detected(connection) : connection;
    }

    /**
     * After a failed write (a full disk) H2 closes its database, but its connections still say they are valid: H2's
     * {@code isValid} does not touch the database. Payara validates each pooled connection with {@code isValid}, so
     * it would hand out dead connections forever, and the service would need a restart once space is back. This
     * {@code isValid} runs a statement instead (microseconds in the embedded H2), so the pool drops a dead connection
     * and opens a new one, which opens the database again.
     */
    static final class ClosedH2 {

        private ClosedH2() {
        }

        static Connection detected(Connection h2) {
            return (Connection) java.lang.reflect.Proxy.newProxyInstance(UrlRoutedDataSource.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                        switch (method.getName()) {
                            case "isValid":
                                return valid(h2);
                            case "equals":
                                return proxy == arguments[0];
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            default:
                                break;
                        }
                        try {
                            return method.invoke(h2, arguments);
                        } catch (java.lang.reflect.InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static boolean valid(Connection h2) {
            try (java.sql.Statement probe = h2.createStatement()) {
                probe.execute("SELECT 1");
                return true;
            } catch (SQLException closed) {
                return false;
            }
        }
    }

    /**
     * Connector/J settings for a service that sends the same few hundred statements all day; the URL may override
     * each (README, configuration). The driver keeps each statement's parse (cachePrepStmts and its sizes); it does
     * not prepare on the server (useServerPrepStmts stays false: prepared on the server, a query of the grouped
     * contact-summary view no longer has its employer condition pushed into the view and reads every visit, and the
     * statements a cluster's connections keep prepared could pass max_prepared_stmt_count; docs/benchmarks.md, read
     * path, eighth round); batches go as multi-row statements
     * (rewriteBatchedStatements); setting autocommit or isolation to what it already is sends nothing
     * (useLocalSessionState); a new connection does not ask the server for its variables again (cacheServerConfiguration).
     */
    static final java.util.Map<String, String> CONNECTOR_J_DEFAULTS = java.util.Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "500",
            "prepStmtCacheSqlLimit", "4096",
            "rewriteBatchedStatements", "true",
            "useLocalSessionState", "true",
            "cacheServerConfiguration", "true");

    /** Looked up in this class's loader: DriverManager alone would not see drivers packed in the WAR. */
    private static java.sql.Driver driverFor(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:") && OwnH2.DRIVER != null) {
            return OwnH2.DRIVER;
        }
        String driverClass = url.startsWith("jdbc:h2:") ? "org.h2.Driver"
                : url.startsWith("jdbc:mysql:") ? "com.mysql.cj.jdbc.Driver"
                : null;
        if (driverClass == null) {
            return DriverManager.getDriver(url);
        }
        try {
            return (java.sql.Driver) Class.forName(driverClass, true, UrlRoutedDataSource.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("No JDBC driver " + driverClass + " for " + url, e);
        }
    }

    /**
     * The H2 the WAR carries, loaded apart from the older one Payara Micro bundles (2.2.224), which the parent-first
     * class loader would otherwise pick. H2 2.2.224 can give two concurrent inserts the same identity value, so busy
     * reads of the embedded database failed on the access log's primary key; 2.3 does not. Null outside a WAR.
     */
    private static final class OwnH2 {

        static final java.sql.Driver DRIVER = load();

        private static java.sql.Driver load() {
            try {
                var found = UrlRoutedDataSource.class.getClassLoader().getResources("org/h2/Driver.class");
                while (found.hasMoreElements()) {
                    String resource = found.nextElement().toString();
                    if (resource.startsWith("jar:") && resource.contains("/WEB-INF/lib/")) {
                        URL jar = new URL(resource.substring("jar:".length(), resource.indexOf("!/")));
                        var loader = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader());
                        var driver = (java.sql.Driver) loader.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
                        Logger.getLogger(UrlRoutedDataSource.class.getName()).info("Embedded database: H2 "
                                + driver.getMajorVersion() + "." + driver.getMinorVersion() + " from " + jar);
                        return driver;
                    }
                }
                return null;
            } catch (IOException | ReflectiveOperationException e) {
                throw new IllegalStateException("The H2 driver packed in the WAR cannot be loaded", e);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // connections log through their drivers
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
