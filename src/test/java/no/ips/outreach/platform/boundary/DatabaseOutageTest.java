package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aDeadlockOrALockWaitedForTooLongIsARetryableOutageNotABug() {
        // as EclipseLink wraps what Connector/J throws
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("Deadlock found", "40001", 1213)))).isTrue();
        assertThat(DatabaseOutage.causes(new PersistenceException(new SQLException("Lock wait timeout", "HY000", 1205)))).isTrue();
        assertThat(DatabaseOutage.causes(new SQLException("Communications link failure", "08S01", 0))).isTrue();
    }

    @Test
    void aRefusedRowIsNoOutage() {
        assertThat(DatabaseOutage.causes(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)))).isFalse();
        assertThat(DatabaseOutage.causes(new IllegalStateException("a bug"))).isFalse();
    }
}
