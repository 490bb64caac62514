package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.planning.entity.Completion;
import no.ips.outreach.planning.entity.PlanStatus;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.PlannedVisitDetails;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.control.VisitLog;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitRecorded;

/**
 * Plans, moves, cancels and completes a specialist's employer visits. A visit is planned in the employer's own time
 * zone, never in the past, never for an archived or do-not-contact employer, and only for participants in the
 * specialist's own caseload. Completing one logs the visit in the visit log, pre-filled from the plan.
 */
@ApplicationScoped
@Transactional
public class VisitPlanner {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    EmployerStore employers;

    @Inject
    VisitLog visits;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public PlannedVisit plan(Specialist owner, PlannedVisitDetails details, String by) {
        Employer employer = plannable(details);
        requireAhead(details, employer, clock.instant());
        requireOwnParticipants(owner, details.participantIds(), by);
        requireNoOverlap(owner.username(), details, null);
        PlannedVisit planned = new PlannedVisit(owner.username(), details, by, clock.instant());
        em.persist(planned);
        em.flush();
        return planned;
    }

    public PlannedVisit reschedule(long plannedId, Specialist owner, long expectedVersion, PlannedVisitDetails details,
                                   String by) {
        PlannedVisit planned = existing(plannedId);
        ProblemException.requireVersion("planned visit", planned.version(), expectedVersion);
        Employer employer = plannable(details);
        requireAhead(details, employer, clock.instant());
        requireOwnParticipants(owner, details.participantIds(), by);
        requireNoOverlap(planned.specialist(), details, plannedId);
        planned.reschedule(details, clock.instant());
        em.flush();
        return planned;
    }

    public PlannedVisit cancel(long plannedId, long expectedVersion) {
        PlannedVisit planned = existing(plannedId);
        ProblemException.requireVersion("planned visit", planned.version(), expectedVersion);
        planned.cancel(clock.instant());
        em.flush();
        return planned;
    }

    /** Nobody is in two places at once: a plan may not overlap another planned or made visit of the same day. */
    private void requireNoOverlap(String specialist, PlannedVisitDetails details, Long plannedId) {
        int starts = details.startsAt().toSecondOfDay() / 60;
        int ends = starts + details.durationMinutes();
        em.createQuery("SELECT p FROM PlannedVisit p WHERE p.specialist = :specialist AND p.plannedOn = :day "
                        + "AND p.status <> :cancelled ORDER BY p.startsAt, p.id", PlannedVisit.class)
                .setParameter("specialist", specialist).setParameter("day", details.day())
                .setParameter("cancelled", PlanStatus.CANCELLED).getResultList().stream()
                .filter(other -> !other.id().equals(plannedId))
                .filter(other -> other.startsAt().toSecondOfDay() / 60 < ends
                        && other.startsAt().toSecondOfDay() / 60 + other.durationMinutes() > starts)
                .findFirst().ifPresent(other -> {
                    throw ProblemException.conflict(Messages.get("planning.overlap", String.valueOf(other.id()), other.day(),
                            other.startsAt(), String.valueOf(other.durationMinutes())));
                });
    }

    private PlannedVisit existing(long plannedId) {
        PlannedVisit planned = em.find(PlannedVisit.class, plannedId);
        if (planned == null) {
            throw ProblemException.notFound("planned visit", plannedId);
        }
        return planned;
    }

    /**
     * Logs the visit the plan became and marks the plan done, in one transaction. The row lock makes a double tap (or
     * a retry racing the first try) find the plan already done, so the visit is never logged twice.
     */
    /** A void visit did not complete its plan: the plan is open again (see {@link PlannedVisit#reopen}). */
    void onVoid(@Observes VisitRecorded recorded) {
        if (recorded.isVoid()) {
            em.createQuery("SELECT p FROM PlannedVisit p WHERE p.visitId = :visit", PlannedVisit.class)
                    .setParameter("visit", recorded.visitId()).getResultStream()
                    .forEach(planned -> planned.reopen(clock.instant()));
        }
    }

    public Visit complete(long plannedId, String specialist, Completion completion) {
        PlannedVisit planned = em.find(PlannedVisit.class, plannedId, LockModeType.PESSIMISTIC_WRITE);
        if (planned == null) {
            throw ProblemException.notFound("planned visit", plannedId);
        }
        if (!planned.specialist().equals(specialist)) {
            throw ProblemException.forbidden(Messages.get("planning.log.only-planner", planned.specialist()));
        }
        Employer employer = employers.find(planned.employerId())
                .orElseThrow(() -> ProblemException.notFound("employer", planned.employerId()));
        Instant now = clock.instant();
        Visit visit = visits.log(specialist, completion.visitDetails(planned, zoneOf(employer), now));
        planned.complete(visit.id(), LocalDateTime.ofInstant(visit.details().startedAt(), zoneOf(employer)), now);
        em.flush();
        return visit;
    }

    /** Where the employer is decides the clock a planned time is read on. */
    public static ZoneId zoneOf(Employer employer) {
        return employer.country() == Country.DK ? ZoneId.of("Europe/Copenhagen") : ZoneId.of("Europe/Oslo");
    }

    private Employer plannable(PlannedVisitDetails details) {
        Employer employer = employers.find(details.employerId())
                .orElseThrow(() -> ProblemException.invalid("employerId", Messages.get("field.no-employer", String.valueOf(details.employerId()))));
        if (employer.isArchived()) {
            throw ProblemException.unprocessable(Messages.get("planning.employer-archived", employer.name()));
        }
        if (employer.doNotContact()) {
            throw ProblemException.unprocessable(Messages.get("planning.do-not-contact", employer.name(),
                    employer.doNotContactReason() == null ? "" : " (" + employer.doNotContactReason() + ")"));
        }
        return employer;
    }

    private static void requireAhead(PlannedVisitDetails details, Employer employer, Instant now) {
        Instant starts = details.day().atTime(details.startsAt()).atZone(zoneOf(employer)).toInstant();
        if (starts.isBefore(now)) {
            throw ProblemException.invalid(List.of(new Problem.FieldError("day",
                    Messages.get("planning.in-the-past", details.day(), details.startsAt(), zoneOf(employer).getId()))));
        }
    }

    /** Participants a plan names must be in the caseload of the specialist who makes the visit. */
    private void requireOwnParticipants(Specialist owner, Set<Long> participantIds, String by) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<Long, Participant> found = participantIds.isEmpty() ? Map.of()
                : em.createQuery("SELECT p FROM Participant p WHERE p.id IN :ids", Participant.class)
                .setParameter("ids", participantIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Participant::id, p -> p));
        for (long id : participantIds.stream().sorted().toList()) {
            Participant participant = found.get(id);
            if (participant == null || !participant.specialist().username().equals(owner.username())) {
                errors.add(new Problem.FieldError("participantIds", Messages.get("planning.not-in-caseload", String.valueOf(id), owner.displayName())));
            } else if (participant.isAnonymised()) {
                errors.add(new Problem.FieldError("participantIds", Messages.get("participant.anonymised", String.valueOf(id))));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        accessLog.record(by, participantIds, AccessAction.VISIT_LINK);
    }
}
