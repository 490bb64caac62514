package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.VisitRecorded;

/** The weekly review of each specialist's employer-contact log. */
@ApplicationScoped
@Transactional
public class WeekReviews {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    ContactLog contactLog;

    @Inject
    OutreachLedger ledger;

    @Inject
    Clock clock;

    /** Signs the week off as it stands now, counting its face-to-face contacts for the record. */
    public WeekReview signOff(Specialist specialist, IsoWeek week, String by) {
        LocalDate today = LocalDate.now(clock.withZone(ContactFacts.ZONE));
        if (!week.sunday().isBefore(today)) {
            throw ProblemException.unprocessable(week + " has not ended yet; sign it off from " + week.sunday().plusDays(1)
                    + ", when all its contacts can be logged.");
        }
        long faceToFace = contactLog.between(List.of(specialist.username()), ReportPeriod.ofWeek(week)).stream()
                .filter(contact -> contact.facts().faceToFace()).count();
        WeekReview review = em.find(WeekReview.class, new WeekReview.Key(specialist.id(), week.monday()));
        if (review == null) {
            review = new WeekReview(specialist.id(), week);
            review.signOff(by, clock.instant(), (int) faceToFace);
            em.persist(review);
            ledger.reviewChanged(specialist.team().id(), specialist.id(), week, 1, 0);
        } else {
            boolean wasChanged = !review.isCurrent();
            review.signOff(by, clock.instant(), (int) faceToFace);
            if (wasChanged) {
                ledger.reviewChanged(specialist.team().id(), specialist.id(), week, 1, -1);
            }
        }
        em.flush();
        return review;
    }

    /** The sign-offs of every week in the months the period touches: the monthly review is judged by whole months. */
    public List<WeekReview> of(Collection<Long> specialistIds, ReportPeriod period) {
        if (specialistIds != null && specialistIds.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT r FROM WeekReview r WHERE r.weekStart BETWEEN :first AND :last"
                        + (specialistIds == null ? "" : " AND r.specialistId IN :specialists"), WeekReview.class)
                .setParameter("first", IsoWeek.of(period.from().withDayOfMonth(1)).monday())
                .setParameter("last", IsoWeek.of(period.to().withDayOfMonth(period.to().lengthOfMonth())).monday());
        if (specialistIds != null) {
            query.setParameter("specialists", specialistIds);
        }
        return query.getResultList();
    }

    /** Any change to a signed-off week's visits, including a visit moved into or out of it, reopens the review. */
    void onVisit(@Observes VisitRecorded recorded) {
        Set<IsoWeek> weeks = new TreeSet<>();
        weeks.add(IsoWeek.of(recorded.after().day()));
        if (recorded.before() != null) {
            weeks.add(IsoWeek.of(recorded.before().day()));
        }
        for (IsoWeek week : weeks) {
            em.createQuery("SELECT r FROM WeekReview r WHERE r.weekStart = :week AND r.specialistId = "
                            + "(SELECT s.id FROM Specialist s WHERE s.username = :specialist)", WeekReview.class)
                    .setParameter("week", week.monday())
                    .setParameter("specialist", recorded.specialist())
                    .getResultStream()
                    .filter(WeekReview::isCurrent)
                    .forEach(review -> {
                        review.visitChanged(recorded.visitId(), recorded.revision(), recorded.by(), clock.instant());
                        ledger.teamOf(recorded.specialist()).ifPresent(team ->
                                ledger.reviewChanged(team, review.specialistId(), week, -1, 1));
                    });
        }
    }
}
