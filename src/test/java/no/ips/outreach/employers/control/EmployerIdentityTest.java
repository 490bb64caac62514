package no.ips.outreach.employers.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RegisterLink;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One employer per workplace: a Danish company's P-units (one CVR number, several P-numbers) are employers of their
 * own, each P-number once; in Norway the organisation number (an underenhet's own) is the identity. CVR 99999985
 * passes the MOD11 check; the units are made up for the test.
 */
class EmployerIdentityTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    private static final String CVR = "99999985";

    private EntityManagerFactory emf;
    private EntityManager em;
    private EmployerRegistry registry;

    private void open(Databases database, String name) {
        emf = database.migratedPersistenceUnit(name);
        em = emf.createEntityManager();
        registry = EmployerControls.registry(em, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        if (em != null) {
            em.close();
        }
        if (emf != null) {
            emf.close();
        }
    }

    private Employer pUnit(String name, String pNumber) {
        Employer[] added = new Employer[1];
        Tx.run(em, () -> added[0] = registry.register(Country.DK, CVR, TestEmployers.named(name).profile(),
                new RegisterLink("P_UNIT", pNumber, pNumber, null)));
        return added[0];
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aSecondPUnitOfTheSameCompanyIsAddedAsItsOwnEmployer(Databases database) {
        open(database, "identity_p_units");
        Employer first = pUnit("Første P-enhed", "9000000001");
        Employer second = pUnit("Anden P-enhed", "9000000002");

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.orgNumber()).isEqualTo(first.orgNumber()).isEqualTo(CVR);
        assertThat(second.pNumber()).isEqualTo("9000000002");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void aPNumberAlreadyAnEmployerIsAConflictNamingThatEmployer(Databases database) {
        open(database, "identity_p_taken");
        Employer first = pUnit("Første P-enhed", "9000000001");

        ProblemException conflict = catchThrowableOfType(ProblemException.class, () -> pUnit("Igen", "9000000001"));

        assertThat(conflict.problem().status()).isEqualTo(409);
        assertThat(conflict.problem().detail()).contains("9000000001", "Første P-enhed", String.valueOf(first.id()));
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theCompanyByItsCvrNumberAloneIsAnotherWorkplaceButOnlyOnce(Databases database) {
        open(database, "identity_cvr");
        pUnit("Første P-enhed", "9000000001");
        Tx.run(em, () -> registry.register(Country.DK, CVR, TestEmployers.named("Selskabet").profile()));

        ProblemException conflict = catchThrowableOfType(ProblemException.class, () -> Tx.run(em,
                () -> registry.register(Country.DK, "9999 9985", TestEmployers.named("Selskabet igen").profile())));

        assertThat(conflict.problem().status()).isEqualTo(409);
        assertThat(conflict.problem().detail()).contains("Selskabet");
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void inNorwayTheOrganisationNumberIsTheIdentityAndAnUpdateKeepsItsOwn(Databases database) {
        open(database, "identity_no");
        String number = TestEmployers.freshOrgNumber();
        Employer[] added = new Employer[1];
        Tx.run(em, () -> added[0] = registry.register(Country.NO, number, TestEmployers.named("Underenheten").profile(),
                new RegisterLink("UNDERENHET", number, null, null)));
        Tx.run(em, () -> registry.update(added[0].id(), added[0].version(), Country.NO, number,
                TestEmployers.named("Underenheten AS").profile()));

        ProblemException conflict = catchThrowableOfType(ProblemException.class, () -> Tx.run(em,
                () -> registry.register(Country.NO, number, TestEmployers.named("Den samme").profile())));

        assertThat(conflict.problem().status()).isEqualTo(409);
        assertThat(em.find(Employer.class, added[0].id()).name()).isEqualTo("Underenheten AS");
    }
}
