package no.ips.outreach.matching.decisions.control;

import no.ips.outreach.events.control.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.jobstarts.control.JobStarts;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * Proposes openings to participants and moves the matches on as the participant chooses. Only the participant's own
 * specialist does that; the team's managers read; anyone else gets a 404. Hiring records the job start, fills the
 * opening and employs the participant in the same transaction as the HIRED step.
 */
@ApplicationScoped
@Transactional
public class MatchDecisions {

    @Inject
    DomainEvents events;

    public static final Set<String> SORT_KEYS = Set.of("changed", "created");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Caseload caseload;

    @Inject
    AccessLog log;

    @Inject
    JobStarts jobStarts;

    @Inject
    Clock clock;

    /** What a hire needs for its job start; the rest comes from the opening. */
    public record Hire(LocalDate startDate, BigDecimal hoursPerWeek) {
    }

    /**
     * Proposes an open opening to a participant in the caller's caseload. A declined match is proposed again only when
     * the participant's preferences or the opening changed after the decline.
     */
    public MatchDecision propose(String by, long participantId, long openingId, String reason) {
        Instant now = clock.instant();
        caseload.ownForChange("participantId", participantId, AccessAction.MATCH);
        JobOpening opening = em.find(JobOpening.class, openingId);
        if (opening == null) {
            throw ProblemException.invalid("openingId", Messages.get("field.no-opening", String.valueOf(openingId)));
        }
        if (!opening.isOpen(now)) {
            var state = opening.state(now);
            throw ProblemException.conflict(Messages.get("match.opening-not-open", state.status(), Messages.label(state.status()),
                    state.reason() == null ? "" : " (" + state.reason() + ")"));
        }
        Optional<MatchDecision> earlier = em.createQuery("SELECT d FROM MatchDecision d "
                        + "WHERE d.participantId = :participant AND d.openingId = :opening", MatchDecision.class)
                .setParameter("participant", participantId).setParameter("opening", openingId)
                .getResultStream().findFirst();
        if (earlier.isEmpty()) {
            MatchDecision decision = new MatchDecision(participantId, openingId, by, reason, now);
            em.persist(decision);
            em.flush();
            events.matchStep(decision);
            return decision;
        }
        MatchDecision decision = earlier.get();
        if (decision.stage() != MatchStage.DECLINED) {
            throw ProblemException.conflict(Messages.get("match.already-proposed", String.valueOf(decision.id()),
                    decision.stage(), Messages.label(decision.stage())));
        }
        if (!decision.changedSinceDeclined(opening.updatedAt(), preferencesChangedAt(participantId))) {
            throw ProblemException.conflict(Messages.get("match.declined-unchanged", decision.declinedDate()));
        }
        decision.proposeAgain(by, reason, now);
        em.flush();
        events.matchStep(decision);
        return decision;
    }

    /**
     * Moves a match on. HIRED needs a start date and records the job start through the opening; if that fails (the
     * opening was filled meanwhile) nothing changes.
     */
    public MatchDecision move(String by, long id, long expectedVersion, MatchStage next, String reason, Hire hire) {
        MatchDecision decision = changeable(by, id);
        ProblemException.requireVersion("match", decision.version(), expectedVersion);
        decision.requireMove(next);
        Instant now = clock.instant();
        if (next == MatchStage.HIRED) {
            if (hire.startDate() == null) {
                throw ProblemException.invalid("startDate", Messages.get("match.hired.start-date"));
            }
            JobStart start = jobStarts.start(by, new JobStarts.Request(decision.participantId(), null, decision.openingId(),
                    hire.startDate(), null, hire.hoursPerWeek(), null, null));
            decision.hire(start.id(), by, reason, now);
        } else {
            if (hire.startDate() != null) {
                throw ProblemException.invalid("startDate", Messages.get("match.only-when-hired"));
            }
            if (hire.hoursPerWeek() != null) {
                throw ProblemException.invalid("hoursPerWeek", Messages.get("match.only-when-hired"));
            }
            decision.moveTo(next, by, reason, now);
        }
        em.flush();
        events.matchStep(decision);
        return decision;
    }

    /** A match with its steps, read by the participant's specialist or a manager of their team; logged. */
    public MatchDecision read(String by, long id) {
        MatchDecision decision = visible(id);
        log.record(by, decision.participantId(), AccessAction.READ);
        return decision;
    }

    /** Most recently changed first; only matches of participants the caller may see. The page's reads are logged. */
    public Page<MatchDecision> list(String by, MatchFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of("p.id = d.participantId", Caseload.VISIBLE));
        Map<String, Object> parameters = new HashMap<>(caseload.visibleParameters());
        if (filter.participantId() != null) {
            where.add("d.participantId = :participant");
            parameters.put("participant", filter.participantId());
        }
        if (filter.openingId() != null) {
            where.add("d.openingId = :opening");
            parameters.put("opening", filter.openingId());
        }
        if (filter.stage() != null) {
            where.add("d.stage = :stage");
            parameters.put("stage", filter.stage());
        }
        String condition = " FROM MatchDecision d, Participant p WHERE " + String.join(" AND ", where);
        String order = ("created".equals(page.sortKey()) ? "d.createdAt" : "d.stageChangedAt")
                + (page.descending() ? " DESC" : " ASC") + ", d.id" + (page.descending() ? " DESC" : " ASC");
        TypedQuery<MatchDecision> query = em.createQuery("SELECT d" + condition + " ORDER BY " + order, MatchDecision.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d)" + condition, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<MatchDecision> found = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        log.record(by, found.stream().map(MatchDecision::participantId).collect(Collectors.toSet()), AccessAction.LIST);
        return Page.of(found, count.getSingleResult(), page);
    }

    /**
     * The openings this participant declined and that have not changed since, nor have their preferences: ranking
     * leaves these out. Checks no access; the caller has already.
     */
    /** {@link #declinedOpenings(long)} for many participants in two queries; those with none are left out. */
    public Map<Long, Set<Long>> declinedOpenings(Set<Long> participantIds) {
        Map<Long, Set<Long>> declined = new HashMap<>();
        if (participantIds.isEmpty()) {
            return declined;
        }
        Map<Long, Instant> preferencesChanged = new HashMap<>();
        // the newest per participant is taken here: an aggregate would bypass the UTC converter on some drivers
        em.createQuery("SELECT c.participantId, c.changedAt FROM PreferenceChange c WHERE c.participantId IN :ids",
                        Object[].class).setParameter("ids", participantIds).getResultList()
                .forEach(row -> preferencesChanged.merge((Long) row[0], (Instant) row[1],
                        (one, other) -> one.isAfter(other) ? one : other));
        em.createQuery("SELECT d, o.updatedAt FROM MatchDecision d, JobOpening o WHERE o.id = d.openingId "
                        + "AND d.participantId IN :ids AND d.stage = :declined", Object[].class)
                .setParameter("ids", participantIds).setParameter("declined", MatchStage.DECLINED).getResultList()
                .forEach(row -> {
                    MatchDecision decision = (MatchDecision) row[0];
                    if (!decision.changedSinceDeclined((Instant) row[1], preferencesChanged.get(decision.participantId()))) {
                        declined.computeIfAbsent(decision.participantId(), id -> new HashSet<>()).add(decision.openingId());
                    }
                });
        return declined;
    }

    public Set<Long> declinedOpenings(long participantId) {
        List<Object[]> declined = em.createQuery("SELECT d, o.updatedAt FROM MatchDecision d, JobOpening o "
                        + "WHERE o.id = d.openingId AND d.participantId = :participant AND d.stage = :declined", Object[].class)
                .setParameter("participant", participantId).setParameter("declined", MatchStage.DECLINED)
                .getResultList();
        if (declined.isEmpty()) {
            return Set.of(); // most participants have declined nothing: then their preference history is not read
        }
        Instant preferencesChanged = preferencesChangedAt(participantId);
        return declined.stream()
                .filter(row -> !((MatchDecision) row[0]).changedSinceDeclined((Instant) row[1], preferencesChanged))
                .map(row -> ((MatchDecision) row[0]).openingId())
                .collect(Collectors.toSet());
    }

    /** When the participant last changed a preference, from the preference history; null if never. */
    private Instant preferencesChangedAt(long participantId) {
        return em.createQuery("SELECT c.changedAt FROM PreferenceChange c WHERE c.participantId = :participant "
                        + "ORDER BY c.changedAt DESC", Instant.class)
                .setParameter("participant", participantId).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    /** The participant's own specialist changes a match; a manager who may read it gets a 403, anyone else a 404. */
    private MatchDecision changeable(String by, long id) {
        MatchDecision decision = visible(id);
        Participant participant = em.find(Participant.class, decision.participantId());
        if (!participant.specialist().username().equals(by)) {
            throw ProblemException.forbidden(Messages.get("match.forbidden", participant.specialist().displayName()));
        }
        caseload.ownForChange("participantId", decision.participantId(), AccessAction.MATCH);
        return decision;
    }

    /** A match of a participant the caller may see, with its steps; any other is a 404 like a missing one. */
    private MatchDecision visible(long id) {
        MatchDecision decision = em.createQuery("SELECT DISTINCT d FROM MatchDecision d LEFT JOIN FETCH d.steps WHERE d.id = :id",
                        MatchDecision.class)
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("match", id));
        if (!caseload.sees(decision.participantId())) {
            throw ProblemException.notFound("match", id);
        }
        return decision;
    }
}
