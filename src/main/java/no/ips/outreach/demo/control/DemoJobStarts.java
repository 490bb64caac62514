package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.jobstarts.entity.JobStartTerms;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;

/**
 * The demo's filled openings were filled by someone: the participants in follow-along support, whose job starts
 * they become. Loaded after the openings and the caseloads, only in dev mode, only once.
 */
@ApplicationScoped
@Transactional
public class DemoJobStarts {

    private static final Logger LOG = Logger.getLogger(DemoJobStarts.class.getName());
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 70) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(j) FROM JobStart j", Long.class).getSingleResult() > 0) {
            return;
        }
        List<Participant> employed = em.createQuery("SELECT p FROM Participant p WHERE p.status = :status ORDER BY p.id", Participant.class)
                .setParameter("status", ParticipantStatus.FOLLOW_ALONG).getResultList();
        List<JobOpening> filled = em.createQuery("SELECT o FROM JobOpening o WHERE o.status = :status ORDER BY o.id", JobOpening.class)
                .setParameter("status", OpeningStatus.FILLED).getResultList();
        LocalDate today = LocalDate.now(clock.withZone(OSLO));
        int count = Math.min(employed.size(), filled.size());
        for (int i = 0; i < count; i++) {
            Participant participant = employed.get(i);
            var opening = filled.get(i).details();
            LocalDate start = participant.enrolledOn().plusDays(30 + 10L * i);
            if (start.isAfter(today)) {
                start = today;
            }
            em.persist(new JobStart(new JobStartTerms(participant.id(), opening.employerId(), filled.get(i).id(), start, null,
                    opening.hoursPerWeek(), opening.occupationCode(), opening.competitive()),
                    participant.enrolledOn(), participant.specialist().username(), clock.instant()));
        }
        LOG.info("Demo job starts: " + count + " participants in follow-along support, in the filled demo openings");
    }
}
