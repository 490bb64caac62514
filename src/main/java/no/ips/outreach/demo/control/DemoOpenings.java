package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Logger;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.openings.control.OpeningBoard;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningSource;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * About 25 openings at the demo employers, after the employers and visits are in: most competitive, many developed
 * on a visit the specialists logged there, a few from the hidden job market, a couple already filled or closed.
 * Registered through the same rules as real input. Never runs outside dev mode.
 */
@ApplicationScoped
@Transactional
public class DemoOpenings {

    private static final Logger LOG = Logger.getLogger(DemoOpenings.class.getName());

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    OpeningBoard board;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 50) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(o) FROM JobOpening o", Long.class).getSingleResult() > 0) {
            return;
        }
        Random random = new Random(8006);
        LocalDate today = JobOpening.today(clock.instant());
        Map<String, Integer> usedPerIndustry = new HashMap<>();
        int registered = 0;
        for (DemoJobs.Job job : DemoJobs.ALL) {
            int nth = usedPerIndustry.merge(job.nace(), 1, Integer::sum) - 1;
            Optional<Employer> employer = employer(job.nace(), nth);
            if (employer.isEmpty()) {
                continue;
            }
            JobOpening opening = register(job, employer.get(), registered, today, random);
            settle(opening, job);
            registered++;
        }
        int count = registered;
        LOG.info(() -> "Demo openings: " + count + " job openings at demo employers");
    }

    private JobOpening register(DemoJobs.Job job, Employer employer, int index, LocalDate today, Random random) {
        Optional<Object[]> visit = index % 3 == 2 ? Optional.empty() : lastMeeting(employer.id());
        OpeningSource source = visit.isPresent() ? OpeningSource.DEVELOPED_THROUGH_VISIT
                : index % 2 == 0 ? OpeningSource.ADVERTISED : OpeningSource.EMPLOYER_GOT_IN_TOUCH;
        boolean hidden = source != OpeningSource.ADVERTISED && index % 4 == 1;
        String createdBy = visit.map(v -> (String) v[1]).orElse(DemoData.SPECIALISTS.get(index % DemoData.SPECIALISTS.size()));
        LocalDate deadline = source == OpeningSource.ADVERTISED || index % 5 == 0 ? today.plusDays(7 + random.nextInt(25)) : null;
        var details = new OpeningDetails(employer.id(), job.title(), job.isco(), job.description(), new BigDecimal(job.hours()),
                job.shifts(), null, job.positions(), today.plusDays(14 + random.nextInt(35)), deadline, job.drivingLicence(),
                job.languages(), job.competitive(), source, visit.map(v -> (Long) v[0]).orElse(null), hidden);
        return board.openAtStartup(createdBy, details);
    }

    private void settle(JobOpening opening, DemoJobs.Job job) {
        switch (job.outcome()) {
            case FILLED -> opening.fill("Deltaker begynte i jobben", clock.instant());
            case CLOSED -> opening.close(OpeningStatus.CLOSED, "Arbeidsgiver satte ansettelsen på vent til høsten", clock.instant());
            case EXPIRED -> opening.close(OpeningStatus.EXPIRED, "Ingen aktuelle kandidater før fristen", clock.instant());
            default -> {
            }
        }
    }

    private Optional<Employer> employer(String nace, int nth) {
        List<Employer> matching = em.createQuery("SELECT e FROM Employer e WHERE e.naceCode = :nace AND e.archivedAt IS NULL "
                        + "AND e.doNotContact = FALSE ORDER BY e.id", Employer.class)
                .setParameter("nace", nace)
                .getResultList();
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(nth % matching.size()));
    }

    /** The latest in-person visit to the employer: its id and the specialist who made it. */
    private Optional<Object[]> lastMeeting(long employerId) {
        return em.createQuery("SELECT v.id, v.specialist FROM Visit v WHERE v.employerId = :employer AND v.mode = :mode "
                        + "ORDER BY v.startedAt DESC", Object[].class)
                .setParameter("employer", employerId)
                .setParameter("mode", VisitMode.IN_PERSON)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }
}
