package no.ips.outreach.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.participants.control.Caseload;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitChange;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitRecorded;

/** Logs employer contacts and corrects them, keeping every correction. */
@ApplicationScoped
@Transactional
public class VisitLog {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    EmployerStore employers;

    @Inject
    EmployerRegistry registry;

    @Inject
    VisitStore store;

    @Inject
    Caseload caseload;

    @Inject
    PreferenceFit preferenceFit;

    @Inject
    TimeInTheCommunity time;

    @Inject
    Event<VisitRecorded> recorded;

    @Inject
    Clock clock;

    public Visit log(String specialist, VisitDetails details) {
        requireVisitable(details);
        requireLinkable(details, Set.of());
        Visit visit = new Visit(specialist, details, clock.instant());
        time.requireFits(specialist, details, null);
        visit.judgeIndividualized(preferenceFit.servesPreferences(details));
        em.persist(visit);
        em.flush();
        recorded.fire(VisitRecorded.logged(specialist, visit.id(), visit.facts()));
        return visit;
    }

    /** Only the specialist who logged a visit may correct it; managers read the history instead. */
    public Visit correct(long visitId, long expectedVersion, String by, VisitDetails corrected) {
        Visit visit = existing(visitId);
        if (!visit.loggedBy(by)) {
            throw ProblemException.forbidden(Messages.get("visit.correct.forbidden", visit.specialist()));
        }
        ProblemException.requireVersion("visit", visit.version(), expectedVersion);
        if (corrected.employerId() != visit.details().employerId()
                || !Objects.equals(corrected.contactPersonId(), visit.details().contactPersonId())) {
            requireVisitable(corrected);
        }
        requireLinkable(corrected, visit.participants());
        time.requireFits(visit.specialist(), corrected, visitId);
        Instant now = clock.instant();
        ContactFacts before = visit.facts();
        Set<Long> formerParticipants = visit.participants().stream().map(ParticipantLink::participantId)
                .collect(Collectors.toSet());
        int revision = store.lastRevision(visitId) + 1;
        boolean servesPreferences = preferenceFit.servesPreferences(corrected);
        var changes = visit.correct(corrected, by, revision, now);
        if (!changes.isEmpty()) {
            visit.judgeIndividualized(servesPreferences);
        }
        // EclipseLink does not insert in persist order, and the history reads back in id order: insert one at a time
        for (VisitChange change : changes) {
            em.persist(change);
            em.flush();
        }
        if (!changes.isEmpty()) {
            recorded.fire(new VisitRecorded(visit.specialist(), visitId, revision, by, before, visit.facts(),
                    formerParticipants));
        }
        return visit;
    }

    /**
     * Voids a visit logged by mistake, for a reason: it stays in the log and its history, marked void, and counts for
     * nothing from now on. Only the specialist who logged it or a manager of their team may ({@code managesTeam});
     * a void visit is not voided again (409).
     */
    public Visit voidVisit(long visitId, long expectedVersion, String by, boolean managesTeam, String reason) {
        Visit visit = existing(visitId);
        if (!visit.loggedBy(by) && !managesTeam) {
            throw ProblemException.forbidden(Messages.get("visit.void.forbidden", visit.specialist()));
        }
        if (!visit.isVoid()) {
            ProblemException.requireVersion("visit", visit.version(), expectedVersion);
        }
        ContactFacts before = visit.facts();
        int revision = store.lastRevision(visitId) + 1;
        em.persist(visit.voidFor(reason, by, revision, clock.instant()));
        em.flush();
        recorded.fire(VisitRecorded.voided(visit.specialist(), visitId, revision, by, before, visit.participants()
                .stream().map(ParticipantLink::participantId).collect(Collectors.toSet())));
        return visit;
    }

    /** Managers and admins read any visit's history; a specialist reads the history of their own visits. */
    public List<VisitChange> history(long visitId, String reader, boolean supervisor) {
        Visit visit = existing(visitId);
        if (!supervisor && !visit.loggedBy(reader)) {
            throw ProblemException.forbidden(Messages.get("visit.history.forbidden"));
        }
        return store.changes(visitId);
    }

    public Visit existing(long visitId) {
        return store.find(visitId).orElseThrow(() -> ProblemException.notFound("Visit", visitId));
    }

    /** A visit the reader may see (see {@link VisitScope}); another team's visit is a 404 like a missing one. */
    public Visit visible(long visitId, VisitScope scope) {
        Visit visit = existing(visitId);
        if (!store.within(visit, scope)) {
            throw ProblemException.notFound("Visit", visitId);
        }
        return visit;
    }

    /**
     * Each newly named participant must be in the caller's own caseload, and the visit may not disclose more of them
     * than they consented to. Links a visit already had stay valid after a hand-over.
     */
    private void requireLinkable(VisitDetails details, Set<ParticipantLink> existing) {
        List<ParticipantLink> links = details.participants().stream()
                .sorted(Comparator.comparingLong(ParticipantLink::participantId)).toList();
        for (int i = 0; i < links.size(); i++) {
            if (!existing.contains(links.get(i))) {
                caseload.requireLinkable("participants[" + i + "]", links.get(i).participantId(), links.get(i).disclosure());
            }
        }
    }

    private void requireVisitable(VisitDetails details) {
        Employer employer = employers.find(details.employerId())
                .orElseThrow(() -> ProblemException.invalid("employerId", Messages.get("field.no-employer", String.valueOf(details.employerId()))));
        if (employer.isArchived()) {
            throw ProblemException.unprocessable(Messages.get("visit.employer-archived", employer.name()));
        }
        if (details.contactPersonId() != null) {
            try {
                registry.contactPerson(employer.id(), details.contactPersonId());
            } catch (ProblemException notThere) {
                throw ProblemException.invalid("contactPersonId", Messages.get("visit.no-contact-person", String.valueOf(details.contactPersonId()), employer.name()));
            }
        }
    }
}
