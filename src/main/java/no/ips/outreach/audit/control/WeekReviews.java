package no.ips.outreach.audit.control;

import no.ips.outreach.platform.language.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.audit.entity.WeekReview;
import no.ips.outreach.audit.entity.WeekSignOff;
import no.ips.outreach.events.control.DomainEvents;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.VisitRecorded;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    DomainEvents events;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "outreach.audit.weekly-review-days", defaultValue = "7")
    int weeklyWithinDays;

    /**
     * Signs the week off as it stands now, counting its face-to-face contacts for the record. A week can be signed off
     * from its last working day (Friday), so a manager need not wait for the weekend; a visit logged or changed after
     * that still marks it changed after review.
     */
    public WeekReview signOff(Specialist specialist, IsoWeek week, String by, String note) {
        return signOff(specialist, week, by, note, clock.instant());
    }

    /** A sign-off given at {@code at}: the demo signs its past weeks as a manager did at the time. */
    public WeekReview signOff(Specialist specialist, IsoWeek week, String by, String note, Instant at) {
        LocalDate today = LocalDate.ofInstant(at, ContactFacts.ZONE);
        LocalDate lastWorkingDay = week.monday().plusDays(4);
        if (today.isBefore(lastWorkingDay)) {
            throw ProblemException.unprocessable(Messages.get("review.too-early", week.toString(), lastWorkingDay.toString()));
        }
        long faceToFace = contactLog.between(List.of(specialist.username()), ReportPeriod.ofWeek(week)).stream()
                .filter(contact -> contact.facts().faceToFace()).count();
        WeekReview review = em.find(WeekReview.class, new WeekReview.Key(specialist.id(), week.monday()));
        boolean existed = review != null;
        if (!existed) {
            review = new WeekReview(specialist.id(), week);
        }
        int weeklyBefore = existed && review.isWeekly() ? 1 : 0;
        int monthlyBefore = existed && review.isCurrent() ? 1 : 0;
        int changedBefore = existed && !review.isCurrent() ? 1 : 0;
        em.persist(review.signOff(by, at, (int) faceToFace, note, weeklyWithinDays));
        if (!existed) {
            em.persist(review);
        }
        ledger.reviewChanged(specialist.team().id(), specialist.id(), week, (review.isWeekly() ? 1 : 0) - weeklyBefore,
                1 - monthlyBefore, -changedBefore);
        em.flush();
        // here, where every sign-off is written, so that the single week's PUT tells the host as the team's does
        events.weekSignedOff(specialist.username(), week.toString(), by);
        return review;
    }

    public Optional<WeekReview> current(Specialist specialist, IsoWeek week) {
        return Optional.ofNullable(em.find(WeekReview.class, new WeekReview.Key(specialist.id(), week.monday())));
    }

    /** Every sign-off the week has had, oldest first, with its note. */
    public List<WeekSignOff> history(Specialist specialist, IsoWeek week) {
        return em.createQuery("SELECT s FROM WeekSignOff s WHERE s.specialistId = :specialist AND s.weekStart = :week "
                        + "ORDER BY s.signedAt, s.id", WeekSignOff.class)
                .setParameter("specialist", specialist.id()).setParameter("week", week.monday()).getResultList();
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

    /**
     * Any change to a signed-off week's visits, including a visit moved into or out of it or voided, reopens the
     * review.
     */
    void onVisit(@Observes VisitRecorded recorded) {
        Set<IsoWeek> weeks = new TreeSet<>();
        if (!recorded.isVoid()) {
            weeks.add(IsoWeek.of(recorded.after().day()));
        }
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
                        int weekly = review.isWeekly() ? 1 : 0;
                        review.visitChanged(recorded.visitId(), recorded.revision(), recorded.by(), clock.instant());
                        ledger.teamOf(recorded.specialist()).ifPresent(team ->
                                ledger.reviewChanged(team, review.specialistId(), week, -weekly, -1, 1));
                    });
        }
    }
}
