package no.ips.outreach.jobstarts.control;

import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.control.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.jobstarts.entity.JobStartTerms;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;

/**
 * Records job starts. Through an opening, the start, the opening's last free position being filled and the
 * participant becoming EMPLOYED happen in one transaction, or not at all.
 */
@ApplicationScoped
@Transactional
public class JobStarts {

    @Inject
    DomainEvents events;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Caseload caseload;

    @Inject
    AccessLog log;

    @Inject
    CurrentUser user;

    @Inject
    EmployerStore employers;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    Clock clock;

    /** What the specialist says; blanks are taken from the opening when there is one. */
    public record Request(long participantId, Long employerId, Long openingId, LocalDate startDate, LocalDate endDate,
                         BigDecimal hoursPerWeek, String occupationCode, Boolean competitive) {
    }

    public JobStart start(String by, Request request) {
        Instant now = clock.instant();
        Participant participant = caseload.ownForChange("participantId", request.participantId(), AccessAction.JOB_START);
        JobStartTerms terms = request.openingId() == null ? direct(request) : throughOpening(request, now);
        occupations.requireUnitGroup("occupationCode", terms.occupationCode());
        Employer employer = employers.find(terms.employerId())
                .orElseThrow(() -> ProblemException.invalid("employerId", Messages.get("field.no-employer", String.valueOf(terms.employerId()))));
        if (employer.isArchived()) {
            throw ProblemException.unprocessable(Messages.get("job-start.employer-archived", employer.name()));
        }
        JobStart start = new JobStart(terms, participant.enrolledOn(), by, now);
        participant.moveTo(ParticipantStatus.EMPLOYED, now);
        em.persist(start);
        em.flush();
        events.jobStarted(start);
        return start;
    }

    private static JobStartTerms direct(Request request) {
        List<String> missing = new ArrayList<>();
        if (request.employerId() == null) {
            missing.add("employerId");
        }
        if (request.hoursPerWeek() == null) {
            missing.add("hoursPerWeek");
        }
        if (request.occupationCode() == null) {
            missing.add("occupationCode");
        }
        if (request.competitive() == null) {
            missing.add("competitive");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing.stream()
                    .map(field -> new Problem.FieldError(field, Messages.get("job-start.required-without-opening")))
                    .toList());
        }
        return new JobStartTerms(request.participantId(), request.employerId(), null, request.startDate(), request.endDate(),
                request.hoursPerWeek(), request.occupationCode(), request.competitive());
    }

    /**
     * Takes a position of the opening. The opening's version goes up with every start, so two specialists filling its
     * last position at once cannot both succeed; the last position fills the opening.
     */
    private JobStartTerms throughOpening(Request request, Instant now) {
        JobOpening opening = em.find(JobOpening.class, request.openingId(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (opening == null) {
            throw ProblemException.invalid("openingId", Messages.get("field.no-opening", String.valueOf(request.openingId())));
        }
        var details = opening.details();
        if (request.employerId() != null && request.employerId() != details.employerId()) {
            throw ProblemException.invalid("employerId", Messages.get("job-start.opening-elsewhere", String.valueOf(details.employerId())));
        }
        if (!opening.isOpen(now)) {
            var state = opening.state(now);
            throw ProblemException.conflict(Messages.get("job-start.opening-not-open", state.status(), Messages.label(state.status()), state.reason()));
        }
        long taken = em.createQuery("SELECT COUNT(j) FROM JobStart j WHERE j.openingId = :opening", Long.class)
                .setParameter("opening", opening.id()).getSingleResult();
        if (taken + 1 >= details.positions()) {
            opening.fill(Messages.get("opening.reason.job-start"), now);
            events.opening(EventType.OPENING_FILLED, opening);
        }
        return new JobStartTerms(request.participantId(), details.employerId(), opening.id(), request.startDate(),
                request.endDate(), request.hoursPerWeek() == null ? details.hoursPerWeek() : request.hoursPerWeek(),
                request.occupationCode() == null ? details.occupationCode() : request.occupationCode(),
                request.competitive() == null ? details.competitive() : request.competitive());
    }

    public JobStart end(long id, long expectedVersion, LocalDate on, String reason) {
        JobStart start = visible(id);
        caseload.ownForChange("participantId", start.terms().participantId(), AccessAction.JOB_START);
        ProblemException.requireVersion("job start", start.version(), expectedVersion);
        start.end(on, reason);
        em.flush();
        events.jobEnded(start, on);
        return start;
    }

    /** A job start of a participant the caller may see, or 404. */
    public JobStart visible(long id) {
        JobStart start = em.find(JobStart.class, id);
        if (start == null || !caseload.sees(start.terms().participantId())) {
            throw ProblemException.notFound("job start", id);
        }
        log.record(user.name(), start.terms().participantId(), AccessAction.READ);
        return start;
    }

    /** Newest first; only job starts of participants the caller may see. */
    public Page<JobStart> list(Long participantId, Long employerId, LocalDate from, LocalDate to, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("p.id = j.participantId", Caseload.VISIBLE));
        Map<String, Object> parameters = new HashMap<>(caseload.visibleParameters());
        if (participantId != null) {
            where.add("j.participantId = :participant");
            parameters.put("participant", participantId);
        }
        if (employerId != null) {
            where.add("j.employerId = :employer");
            parameters.put("employer", employerId);
        }
        if (from != null) {
            where.add("j.startDate >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.add("j.startDate <= :to");
            parameters.put("to", to);
        }
        String condition = " FROM JobStart j, Participant p WHERE " + String.join(" AND ", where);
        TypedQuery<JobStart> query = em.createQuery("SELECT j" + condition + " ORDER BY j.startDate DESC, j.id DESC", JobStart.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(j)" + condition, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<JobStart> starts = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        log.record(user.name(), starts.stream().map(j -> j.terms().participantId()).collect(Collectors.toSet()), AccessAction.LIST);
        return Page.of(starts, count.getSingleResult(), page);
    }
}
