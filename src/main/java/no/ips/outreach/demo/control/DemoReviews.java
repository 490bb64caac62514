package no.ips.outreach.demo.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Logger;
import no.ips.outreach.audit.control.WeekReviews;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.platform.database.Migrations;
import no.ips.outreach.platform.dev.DevMode;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.visits.control.PreferenceFit;
import no.ips.outreach.visits.control.VisitLog;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * The audit side of the demo, loaded last. The demo names participants on visits after logging them, so those visits
 * are judged again against the participants' preferences. Then liv, the manager, has signed off the team's last eight
 * weeks except the one just ended, and kari has added an outcome to a visit after its week was signed off, so the
 * report shows a review changed after the fact.
 */
@ApplicationScoped
@Transactional
public class DemoReviews {

    private static final Logger LOG = Logger.getLogger(DemoReviews.class.getName());
    private static final int WEEKS_SIGNED = 8;
    private static final List<String> NOTES = List.of("Gjennomgått i veiledning", "Gått gjennom loggen sammen; ser bra ut",
            "Få ansikt-til-ansikt denne uka, men god grunn (kurs)", "Gjennomgått; husk å registrere reisetid",
            "Sjekket mot kalenderen", "Gjennomgått på telefon", "Godkjent; flere nye arbeidsgivere enn vanlig");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    PreferenceFit preferenceFit;

    @Inject
    Event<VisitRecorded> recorded;

    @Inject
    WeekReviews reviews;

    @Inject
    VisitLog visits;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 80) Migrations.SchemaReady ready) {
        if (!DevMode.active() || em.createQuery("SELECT COUNT(r) FROM WeekReview r", Long.class).getSingleResult() > 0) {
            return;
        }
        int individualized = judgeLinkedVisits();
        IsoWeek lastEnded = IsoWeek.of(LocalDate.now(clock.withZone(ContactFacts.ZONE)).minusWeeks(1));
        IsoWeek week = IsoWeek.of(lastEnded.monday().minusWeeks(WEEKS_SIGNED - 1));
        for (int i = 0; i < WEEKS_SIGNED - 1; i++, week = week.next()) {
            for (int s = 0; s < DemoData.SPECIALISTS.size(); s++) {
                // as a manager does it: on the Monday after the week, or on its following Friday afternoon
                boolean friday = (i + s) % 3 == 1;
                var at = friday ? week.sunday().plusDays(5).atTime(14, 30) : week.sunday().plusDays(1).atTime(8, 45 + 5 * s);
                reviews.signOff(specialists.existing(DemoData.SPECIALISTS.get(s)), week, "liv", NOTES.get((i * 3 + s) % NOTES.size()),
                        at.atZone(ContactFacts.ZONE).toInstant());
            }
        }
        addOutcomeAfterReview(IsoWeek.of(lastEnded.monday().minusWeeks(1)));
        LOG.info("Demo audit: " + individualized + " linked visits served preferences; weeks signed off by liv");
    }

    /**
     * The demo named participants on visits behind the visit log's back, so it tells the audit about each of those
     * visits now: whether it served their preferences, and that it may be their first employer contact.
     */
    private int judgeLinkedVisits() {
        List<Visit> linked = em.createQuery("SELECT DISTINCT v FROM Visit v JOIN v.participants p", Visit.class)
                .getResultList();
        int served = 0;
        for (Visit visit : linked) {
            ContactFacts before = visit.facts();
            boolean serves = preferenceFit.servesPreferences(visit.details());
            visit.judgeIndividualized(serves);
            em.flush();
            Set<Long> participants = visit.participants().stream().map(ParticipantLink::participantId)
                    .collect(Collectors.toSet());
            recorded.fire(new VisitRecorded(visit.specialist(), visit.id(), 0, visit.specialist(), before,
                    visit.facts(), participants));
            served += serves ? 1 : 0;
        }
        return served;
    }

    private void addOutcomeAfterReview(IsoWeek signedWeek) {
        em.createQuery("SELECT v FROM Visit v WHERE v.specialist = 'kari' AND v.startedAt >= :from AND v.startedAt < :to "
                        + "ORDER BY v.startedAt", Visit.class)
                .setParameter("from", signedWeek.monday().atStartOfDay(ContactFacts.ZONE).toInstant())
                .setParameter("to", signedWeek.sunday().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant())
                .setMaxResults(1).getResultStream().findFirst().ifPresent(visit -> {
                    VisitDetails d = visit.details();
                    visits.correct(visit.id(), visit.version(), "kari", new VisitDetails(d.employerId(), d.contactPersonId(),
                            d.startedAt(), d.meetingMinutes(), d.travelMinutes(), d.mode(), d.purpose(), d.quality(),
                            "Daglig leder ringte tilbake: de vil ha en praksisplass fra januar.", d.notes(), d.nextStep(),
                            d.nextStepDue(), d.participants()));
                });
    }
}
