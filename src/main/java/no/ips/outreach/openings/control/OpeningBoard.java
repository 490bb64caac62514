package no.ips.outreach.openings.control;

import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.control.DomainEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.visits.control.VisitScope;
import no.ips.outreach.visits.control.VisitStore;

/**
 * Registers openings and moves them through their life: edits, closing and reopening. Filling is left to the job
 * start that fills an opening, through {@link JobOpening#fill}.
 */
@ApplicationScoped
@Transactional
public class OpeningBoard {

    @Inject
    DomainEvents events;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    OpeningStore store;

    @Inject
    EmployerStore employers;

    @Inject
    VisitStore visits;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    TeamScope teams;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** An opening registered by the caller, who may cite only a visit they may read. */
    public JobOpening open(String createdBy, OpeningDetails details) {
        return open(createdBy, details, readable());
    }

    /** An opening loaded at startup, outside any request (the demo data): there is no caller whose scope applies. */
    public JobOpening openAtStartup(String createdBy, OpeningDetails details) {
        return open(createdBy, details, null);
    }

    private JobOpening open(String createdBy, OpeningDetails details, VisitScope readable) {
        JobOpening opening = new JobOpening(createdBy, checked(details, true, null, readable), clock.instant());
        em.persist(opening);
        em.flush();
        events.opening(EventType.OPENING_CREATED, opening);
        return opening;
    }

    public JobOpening revise(long id, long expectedVersion, OpeningDetails details) {
        JobOpening opening = current(id, expectedVersion);
        boolean moved = details.employerId() != opening.employerId();
        opening.revise(checked(details, moved, opening.details().visitId(), readable()), clock.instant());
        em.flush();
        return opening;
    }

    public JobOpening close(long id, long expectedVersion, OpeningStatus as, String reason) {
        JobOpening opening = current(id, expectedVersion);
        opening.close(as, reason, clock.instant());
        em.flush();
        events.opening(as == OpeningStatus.FILLED ? EventType.OPENING_FILLED : EventType.OPENING_CLOSED, opening);
        return opening;
    }

    public JobOpening reopen(long id, long expectedVersion) {
        JobOpening opening = current(id, expectedVersion);
        opening.reopen(clock.instant());
        em.flush();
        return opening;
    }

    public JobOpening existing(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Opening", id));
    }

    private JobOpening current(long id, long expectedVersion) {
        JobOpening opening = existing(id);
        ProblemException.requireVersion("opening", opening.version(), expectedVersion);
        return opening;
    }

    /**
     * The employer must exist, and take new openings unless the opening already was there; the occupation must be an
     * ISCO-08 unit group; a newly cited visit must be one the caller may read, at the same employer. The workplace
     * defaults to the employer's.
     */
    private OpeningDetails checked(OpeningDetails details, boolean newAtEmployer, Long citedBefore, VisitScope readable) {
        Employer employer = employers.find(details.employerId())
                .orElseThrow(() -> ProblemException.invalid("employerId", Messages.get("field.no-employer", String.valueOf(details.employerId()))));
        if (newAtEmployer && employer.isArchived()) {
            throw ProblemException.unprocessable(Messages.get("opening.employer-archived", employer.name()));
        }
        if (details.occupationCode() == null || details.occupationCode().isBlank()) {
            throw ProblemException.invalid("occupationCode", Messages.get("outreach.v.unit-group-example"));
        }
        occupations.requireUnitGroup("occupationCode", details.occupationCode());
        if (details.visitId() != null && !details.visitId().equals(citedBefore)) {
            // another team's visit answers as if it did not exist, so that visit ids cannot be probed through here
            boolean atThisEmployer = visits.find(details.visitId())
                    .filter(visit -> visits.within(visit, readable))
                    .map(visit -> visit.details().employerId() == employer.id())
                    .orElseThrow(() -> ProblemException.notFound("visit", details.visitId()));
            if (!atThisEmployer) {
                throw ProblemException.invalid("visitId", Messages.get("opening.visit.elsewhere", String.valueOf(details.visitId()), employer.name()));
            }
        }
        return details.workplace() == null ? details.at(copy(employer.address())) : details;
    }

    private VisitScope readable() {
        return teams.seesAllTeams() ? null : new VisitScope(user.name(), teams.visibleTeamIds());
    }

    /** A copy, because an embeddable instance must not be shared by two entities. */
    private static Address copy(Address a) {
        return a == null ? null : new Address(a.street(), a.postcode(), a.city(), a.municipalityCode(), a.latitude(), a.longitude());
    }
}
