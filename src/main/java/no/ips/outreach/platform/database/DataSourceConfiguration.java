package no.ips.outreach.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource. Its URL decides the database: the embedded H2 file under ./data by default, or MySQL /
 * MariaDB through Connector/J when {@code OUTREACH_DB_URL} says {@code jdbc:mysql://...}.
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "no.ips.outreach.platform.database.UrlRoutedDataSource",
        url = "${MPCONFIG=outreach.db.url}",
        user = "${MPCONFIG=outreach.db.user}",
        password = "${MPCONFIG=outreach.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                // Connection.isValid: a protocol ping on Connector/J, no statement; auto-commit validation sent two
                // statements (SET autocommit=0, SET autocommit=1) on every checkout, more than many reads themselves
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                // a connection validated in the last second is handed out unchecked: a read checks out a connection
                // per query, and a ping before each was one round trip per statement; an outage still shows within
                // a second (a dead socket fails its query at once and the pool then validates and drops them all)
                "fish.payara.validate-atmost-once-period-in-seconds=1",
                "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {
    public static final String JNDI_NAME = "java:app/jdbc/outreach";
}
