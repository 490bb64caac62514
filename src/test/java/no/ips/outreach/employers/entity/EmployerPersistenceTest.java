package no.ips.outreach.employers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Set;
import no.ips.outreach.testing.Databases;
import no.ips.outreach.testing.TestEmployers;
import no.ips.outreach.testing.Tx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmployerPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00.123456Z");

    private EntityManagerFactory emf;

    @AfterEach
    void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void anEmployerReadsBackWithItsAddressCoordinatesAndTags(Databases database) {
        emf = database.migratedPersistenceUnit("employer_reload");
        var employer = TestEmployers.named("Bakeriet på hjørnet").industry("10.71").municipality("1804")
                .at(67.2804, 14.4049).tags("bakery", "early-shift").build(NOW);
        var em = emf.createEntityManager();
        Tx.run(em, () -> em.persist(employer));
        em.close();

        var reader = emf.createEntityManager();
        Employer found = reader.find(Employer.class, employer.id());
        assertThat(found).isNotSameAs(employer);
        assertThat(found.orgNumber()).isEqualTo(employer.orgNumber());
        assertThat(found.name()).isEqualTo("Bakeriet på hjørnet");
        assertThat(found.naceCode()).isEqualTo("10.71");
        assertThat(found.address().municipalityCode()).isEqualTo("1804");
        assertThat(found.address().city()).isEqualTo("Bodø");
        assertThat(found.address().latitude()).isEqualTo(67.2804);
        assertThat(found.address().longitude()).isEqualTo(14.4049);
        assertThat(found.tags()).containsExactlyInAnyOrder("bakery", "early-shift");
        assertThat(found.createdAt()).isEqualTo(NOW);
        reader.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void contactPersonsAreKeptPerEmployer(Databases database) {
        emf = database.migratedPersistenceUnit("employer_contacts");
        var em = emf.createEntityManager();
        var employer = TestEmployers.named("Fiskemottaket").build(NOW);
        Tx.run(em, () -> em.persist(employer));
        var person = new ContactPerson(employer.id(), "  Åse Nilsen ", "daglig leder", "+47 900 00 000", "ase@example.no",
                ContactChannel.SMS);
        Tx.run(em, () -> em.persist(person));
        em.close();

        var reader = emf.createEntityManager();
        ContactPerson found = reader.find(ContactPerson.class, person.id());
        assertThat(found.name()).isEqualTo("Åse Nilsen");
        assertThat(found.role()).isEqualTo("daglig leder");
        assertThat(found.preferredChannel()).isEqualTo(ContactChannel.SMS);
        assertThat(found.worksFor(employer.id())).isTrue();
        assertThat(found.worksFor(employer.id() + 1)).isFalse();
        reader.close();
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void theSchemaRefusesASecondEmployerWithTheSameOrganisationNumber(Databases database) {
        emf = database.migratedPersistenceUnit("employer_unique");
        String number = TestEmployers.freshOrgNumber();
        var em = emf.createEntityManager();
        Tx.run(em, () -> em.persist(new Employer(Country.NO, number, TestEmployers.named("First").profile(), NOW)));
        em.close();

        var second = emf.createEntityManager();
        assertThatThrownBy(() -> Tx.run(second, () -> second.persist(
                new Employer(Country.NO, number, TestEmployers.named("Second").profile(), NOW))))
                .isInstanceOf(PersistenceException.class);
        second.close();

        var reader = emf.createEntityManager();
        assertThat(reader.createQuery("SELECT e.name FROM Employer e", String.class).getResultList()).containsExactly("First");
        reader.close();
    }

    /** CVR 99999985 passes the MOD11 check; the units are made up for the test (no real record claims them). */
    @ParameterizedTest
    @EnumSource(Databases.class)
    void theSchemaKeepsOneEmployerPerPNumberSoACompanysSecondPUnitIsAnEmployerOfItsOwn(Databases database) {
        emf = database.migratedPersistenceUnit("employer_p_units");
        var em = emf.createEntityManager();
        Tx.run(em, () -> em.persist(pUnit("Første P-enhed", "9000000001")));
        Tx.run(em, () -> em.persist(pUnit("Anden P-enhed", "9000000002")));
        Tx.run(em, () -> em.persist(new Employer(Country.DK, "99999985", TestEmployers.named("Selskabet").profile(), NOW)));
        em.close();

        for (Employer again : new Employer[] {pUnit("Samme P-enhed", "9000000002"),
                new Employer(Country.DK, "99999985", TestEmployers.named("Selskabet igen").profile(), NOW)}) {
            var second = emf.createEntityManager();
            assertThatThrownBy(() -> Tx.run(second, () -> second.persist(again))).isInstanceOf(PersistenceException.class);
            second.close();
        }

        var reader = emf.createEntityManager();
        assertThat(reader.createQuery("SELECT e.name FROM Employer e WHERE e.orgNumber = '99999985'", String.class)
                .getResultList()).containsExactlyInAnyOrder("Første P-enhed", "Anden P-enhed", "Selskabet");
        reader.close();
    }

    private static Employer pUnit(String name, String pNumber) {
        Employer employer = new Employer(Country.DK, "99999985", TestEmployers.named(name).profile(), NOW);
        employer.takenFrom("P_UNIT", pNumber, pNumber, null);
        return employer;
    }

    @ParameterizedTest
    @EnumSource(Databases.class)
    void changingTagsReplacesTheStoredSet(Databases database) {
        emf = database.migratedPersistenceUnit("employer_tags");
        var em = emf.createEntityManager();
        var employer = TestEmployers.named("Hotellet").tags("hotel", "summer").build(NOW);
        Tx.run(em, () -> em.persist(employer));
        Tx.run(em, () -> employer.describe(TestEmployers.named("Hotellet").tags("hotel", "winter").profile(), NOW));
        em.close();

        var reader = emf.createEntityManager();
        assertThat(reader.find(Employer.class, employer.id()).tags()).isEqualTo(Set.of("hotel", "winter"));
        reader.close();
    }
}
