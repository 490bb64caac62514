package no.ips.outreach.testing;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.database.UrlRoutedDataSource;

/**
 * The two databases the service runs on, migrated by the same Flyway scripts as in production, with the
 * persistence unit of src/main switched to a plain JDBC connection for Java SE.
 */
public enum Databases {
    MARIADB, H2;

    public DataSource freshDataSource(String name) {
        UrlRoutedDataSource dataSource = new UrlRoutedDataSource();
        switch (this) {
            case MARIADB -> {
                dataSource.setUrl(MariaDb.freshDatabase(name));
                dataSource.setUser(MariaDb.USER);
                dataSource.setPassword(MariaDb.PASSWORD);
            }
            case H2 -> {
                dataSource.setUrl("jdbc:h2:mem:" + name + "_" + UUID.randomUUID().toString().replace("-", "")
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR,MONTH;DB_CLOSE_DELAY=-1");
                dataSource.setUser("sa");
                dataSource.setPassword("");
            }
        }
        return dataSource;
    }

    /** A migrated, empty database and an EntityManagerFactory over it. */
    public EntityManagerFactory migratedPersistenceUnit(String name) {
        return migratedPersistenceUnit(name, UnaryOperator.identity());
    }

    /** The same, with the persistence unit's connections taken through {@code wrapper} (to watch what it does with them). */
    public EntityManagerFactory migratedPersistenceUnit(String name, UnaryOperator<DataSource> wrapper) {
        UrlRoutedDataSource dataSource = (UrlRoutedDataSource) freshDataSource(name);
        Migrations.configure(dataSource).migrate();
        return Persistence.createEntityManagerFactory("outreach", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", wrapper.apply(dataSource),
                "eclipselink.logging.level", "WARNING"));
    }
}
