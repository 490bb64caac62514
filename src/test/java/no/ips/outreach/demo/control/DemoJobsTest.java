package no.ips.outreach.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import no.ips.outreach.occupations.control.OccupationControls;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.testing.Databases;
import org.junit.jupiter.api.Test;

class DemoJobsTest {

    @Test
    void everyDemoJobIsCodedWithAnIscoUnitGroup() {
        EntityManagerFactory emf = Databases.H2.migratedPersistenceUnit("demo_jobs");
        EntityManager em = emf.createEntityManager();
        try {
            var catalogue = OccupationControls.catalogue(em);
            DemoJobs.ALL.forEach(job -> catalogue.requireUnitGroup(job.title(), job.isco()));
        } finally {
            em.close();
            emf.close();
        }
    }

    @Test
    void mostDemoJobsAreCompetitiveAndOpenAtAnIndustryOfTheDemoEmployers() {
        assertThat(DemoJobs.ALL).hasSizeBetween(20, 30);
        assertThat(DemoJobs.ALL.stream().filter(DemoJobs.Job::competitive).count()).isGreaterThanOrEqualTo(DemoJobs.ALL.size() - 3);
        assertThat(DemoJobs.ALL.stream().filter(job -> job.outcome() != OpeningStatus.OPEN).count()).isBetween(2L, 5L);
        var industries = DemoEmployers.units().stream().map(DemoEmployers.Unit::nace).toList();
        assertThat(DemoJobs.ALL).allSatisfy(job -> assertThat(industries).contains(job.nace()));
    }
}
