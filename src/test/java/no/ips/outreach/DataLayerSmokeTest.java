package no.ips.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import no.ips.outreach.testing.Databases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataLayerSmokeTest {

    @ParameterizedTest
    @EnumSource(Databases.class)
    void migratesAndQueries(Databases database) {
        var emf = database.migratedPersistenceUnit("smoke");
        var em = emf.createEntityManager();
        assertThat(em.createQuery("SELECT COUNT(e) FROM Employer e", Long.class).getSingleResult()).isZero();
        em.close();
        emf.close();
    }
}
