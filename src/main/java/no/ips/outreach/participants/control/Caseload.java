package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.PreferenceChange;
import no.ips.outreach.platform.control.Like;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.platform.security.CurrentUser;
import no.ips.outreach.platform.security.Roles;
import no.ips.outreach.teams.control.SpecialistDirectory;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.teams.entity.Specialist;

/**
 * Participants as the caller may see and change them, and nothing more (GDPR Article 9: least privilege is the
 * feature). A specialist works with their own caseload; another specialist's participant is a 404, with no hint
 * that it exists. Managers read their teams' participants and may hand them over or anonymise them. Administrators
 * administer (hand over, anonymise) but do not browse details unless they also manage the team. Every access is
 * written to the access log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class Caseload {

    public static final Set<String> SORT_KEYS = Set.of("alias", "enrolled", "created");
    /** The JPQL condition, over a participant aliased {@code p}, for the participants the caller may see. */
    public static final String VISIBLE = "(p.specialist.username = :me OR p.specialist.team.id IN :teams)";
    private static final ZoneId LOCAL = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    TeamScope scope;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    AccessLog log;

    @Inject
    Anonymisation anonymisation;

    @Inject
    PreferenceReader preferenceReader;

    @Inject
    Clock clock;

    public Participant read(long id) {
        Participant participant = readable(id);
        log.record(user.name(), id, AccessAction.READ);
        return participant;
    }

    /** A participant to show: the record, and its preference lists in one statement rather than four. */
    public ParticipantRead readInFull(long id) {
        Participant participant = read(id);
        return new ParticipantRead(participant, participant.preferences(preferenceReader.of(id)));
    }

    public List<PreferenceChange> history(long id) {
        readable(id);
        log.record(user.name(), id, AccessAction.READ);
        return em.createQuery("SELECT c FROM PreferenceChange c WHERE c.participantId = :id ORDER BY c.id", PreferenceChange.class)
                .setParameter("id", id).getResultList();
    }

    public Page<Participant> list(ParticipantFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>(List.of(VISIBLE));
        Map<String, Object> parameters = new HashMap<>(visibleParameters());
        if (filter.status() != null) {
            where.add("p.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.specialist() != null) {
            where.add("p.specialist.username = :specialist");
            parameters.put("specialist", filter.specialist());
        }
        if (filter.text() != null) {
            where.add("(LOWER(p.alias) LIKE :text OR LOWER(p.externalRef) LIKE :text)");
            parameters.put("text", Like.containing(filter.text()));
        }
        String condition = " WHERE " + String.join(" AND ", where);
        String order = switch (page.sortKey()) {
            case "enrolled" -> "p.enrolledOn";
            case "created" -> "p.createdAt";
            default -> "p.alias";
        } + (page.descending() ? " DESC" : " ASC") + ", p.id";
        TypedQuery<Participant> query = em.createQuery("SELECT p FROM Participant p" + condition + " ORDER BY " + order, Participant.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Participant p" + condition, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Participant> found = query.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        log.record(user.name(), found.stream().map(Participant::id).toList(), AccessAction.LIST);
        return Page.of(found, count.getSingleResult(), page);
    }

    /** A specialist enrols into their own caseload; a manager names a specialist in a team they manage. */
    public Participant enrol(String specialistUsername, ParticipantProfile profile) {
        requireBrowsing();
        Specialist responsible = responsibleFor(specialistUsername);
        requireEnrolmentNotInFuture(profile);
        requireFreeReference(profile.externalRef(), responsible.team().id(), null);
        Participant participant = new Participant(responsible, profile, clock.instant());
        em.persist(participant);
        em.flush();
        log.record(user.name(), participant.id(), AccessAction.CREATE);
        return participant;
    }

    public Participant update(long id, long expectedVersion, ParticipantProfile profile) {
        Participant participant = ownCurrent(id, expectedVersion);
        requireEnrolmentNotInFuture(profile);
        requireFreeReference(profile.externalRef(), participant.teamId(), id);
        participant.describe(profile, clock.instant());
        em.flush();
        log.record(user.name(), id, AccessAction.UPDATE);
        return participant;
    }

    /** States the participant's preferences anew; each changed field is kept in the history. */
    public Participant statePreferences(long id, long expectedVersion, Supplier<JobPreferences> stated) {
        Participant participant = ownCurrent(id, expectedVersion);
        JobPreferences preferences = stated.get();
        for (int i = 0; i < preferences.occupations().size(); i++) {
            occupations.requireUnitGroup("occupations[" + i + "]", preferences.occupations().get(i));
        }
        var changes = participant.statePreferences(preferences, clock.instant());
        for (var change : changes) {
            // one at a time: the history reads back in id order, which must be the order of the form
            em.persist(new PreferenceChange(id, user.name(), clock.instant(), change));
            em.flush();
        }
        em.flush();
        log.record(user.name(), id, AccessAction.PREFERENCES);
        return participant;
    }

    /** One explicit, logged hand-over to another specialist in the same team. */
    public Participant reassign(long id, long expectedVersion, String toUsername) {
        Participant participant = administrable(id, expectedVersion);
        Specialist next = specialists.find(toUsername)
                .orElseThrow(() -> ProblemException.invalid("specialist", Messages.get("participant.other-team", toUsername)));
        participant.reassignTo(next, clock.instant());
        em.flush();
        log.record(user.name(), id, AccessAction.REASSIGN);
        return participant;
    }

    /** Wipes what could identify the person, on request; see {@link Anonymisation}. */
    public Participant anonymise(long id, long expectedVersion) {
        Participant participant = administrable(id, expectedVersion);
        anonymisation.apply(participant, clock.instant());
        em.flush();
        log.record(user.name(), id, AccessAction.ANONYMISE);
        return participant;
    }

    /**
     * Whether the caller may name this participant on a visit, disclosing this much: only from their own caseload,
     * never an anonymised participant, never more than the participant consented to. Naming is logged.
     */
    public void requireLinkable(String field, long participantId, Disclosure used) {
        Participant participant = em.find(Participant.class, participantId);
        if (participant == null || !isOwner(participant)) {
            throw ProblemException.invalid(field + ".participantId", Messages.get("participant.not-in-caseload", String.valueOf(participantId)));
        }
        if (participant.isAnonymised()) {
            throw ProblemException.invalid(field + ".participantId", Messages.get("participant.anonymised", String.valueOf(participantId)));
        }
        if (!participant.disclosure().permits(used)) {
            throw ProblemException.invalid(field + ".disclosure", Messages.get("participant.disclosure.beyond", participant.alias(),
                    participant.disclosure(), Messages.label(participant.disclosure()), used, Messages.label(used)));
        }
        log.record(user.name(), participantId, AccessAction.VISIT_LINK);
    }

    /** The participants among these that the caller may see: their own, and those of the teams they manage. */
    public Map<Long, Participant> visibleAmong(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Participant> visible = new HashMap<>();
        visibleQuery("SELECT p FROM Participant p", ids, Participant.class)
                .getResultList().forEach(p -> visible.put(p.id(), p));
        log.record(user.name(), visible.keySet(), AccessAction.LIST);
        return visible;
    }

    /**
     * The aliases of those of the participants that the caller may see, by id, and those are logged. Only the two
     * columns: a visit page names up to 50 participants, and whole records were a fifth of its processor time.
     */
    public Map<Long, String> visibleAliases(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> aliases = new HashMap<>();
        visibleQuery("SELECT p.id, p.alias FROM Participant p", ids, Object[].class).getResultList()
                .forEach(row -> aliases.put((Long) row[0], (String) row[1]));
        log.record(user.name(), aliases.keySet(), AccessAction.LIST);
        return aliases;
    }

    /** Those of the ids in the caller's scope, without requiring that they browse: an administrator sees none. */
    private <T> TypedQuery<T> visibleQuery(String select, Set<Long> ids, Class<T> type) {
        Set<Long> teams = scope.managedTeamIds().isEmpty() ? Set.of(-1L) : scope.managedTeamIds();
        return em.createQuery(select + " WHERE p.id IN :ids AND " + VISIBLE, type)
                .setParameter("ids", ids).setParameter("me", user.name()).setParameter("teams", teams);
    }

    /**
     * For other components' requests that name a participant (job starts): one in the caller's own caseload and not
     * anonymised, or a 400 on that field. The access is logged as {@code action}.
     */
    public Participant ownForChange(String field, long id, AccessAction action) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null || !isOwner(participant)) {
            throw ProblemException.invalid(field, Messages.get("participant.not-in-caseload", String.valueOf(id)));
        }
        if (participant.isAnonymised()) {
            throw ProblemException.invalid(field, Messages.get("participant.anonymised", String.valueOf(id)));
        }
        log.record(user.name(), id, action);
        return participant;
    }

    /** Whether the caller may see this participant's data: their own, or in a team they manage. */
    public boolean sees(long participantId) {
        Participant participant = em.find(Participant.class, participantId);
        return participant != null && (isOwner(participant) || scope.manages(participant.specialist().team()));
    }

    /** The parameters of {@link #VISIBLE} for the caller; administrators who manage no team are refused. */
    public Map<String, Object> visibleParameters() {
        requireBrowsing();
        Set<Long> teams = scope.managedTeamIds().isEmpty() ? Set.of(-1L) : scope.managedTeamIds();
        return Map.of("me", user.name(), "teams", teams);
    }

    private Participant readable(long id) {
        Participant participant = visible(id);
        if (participant != null) {
            return participant;
        }
        find(id); // a 404 if there is no such participant at all; then why this caller may not see them
        if (user.is(Roles.ADMIN) && !user.is(Roles.SPECIALIST) && !user.is(Roles.MANAGER)) {
            throw ProblemException.forbidden(Messages.get("participant.admin.details"));
        }
        throw ProblemException.notFound("participant", id);
    }

    private Participant ownCurrent(long id, long expectedVersion) {
        Participant participant = readable(id);
        if (!isOwner(participant)) {
            throw ProblemException.forbidden(Messages.get("participant.only-specialist", participant.specialist().displayName()));
        }
        return current(participant, expectedVersion);
    }

    private Participant administrable(long id, long expectedVersion) {
        Participant participant = find(id);
        boolean allowed = scope.manages(participant.specialist().team()) || user.is(Roles.ADMIN);
        if (!allowed) {
            if (isOwner(participant)) {
                throw ProblemException.forbidden(Messages.get("participant.manager-or-admin"));
            }
            throw ProblemException.notFound("participant", id);
        }
        return current(participant, expectedVersion);
    }

    private static Participant current(Participant participant, long expectedVersion) {
        ProblemException.requireVersion("participant's record", participant.version(), expectedVersion);
        return participant;
    }

    /**
     * The participant if the caller owns them or manages their team, else null. The scope is part of the query, so a
     * read is one statement where finding the record, its specialist's team and the caller's managed teams took three.
     */
    private Participant visible(long id) {
        return em.createNamedQuery(user.is(Roles.MANAGER) ? Participant.OWN_OR_MANAGED : Participant.OWN, Participant.class)
                .setParameter("id", id).setParameter("me", user.name())
                .getResultStream().findFirst().orElse(null);
    }

    private Participant find(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw ProblemException.notFound("participant", id);
        }
        return participant;
    }

    private boolean isOwner(Participant participant) {
        return participant.specialist().username().equals(user.name());
    }

    /** Administrators who are not also specialists or managers do not browse participant data. */
    public void requireBrowsing() {
        if (!user.is(Roles.SPECIALIST) && !user.is(Roles.MANAGER)) {
            throw ProblemException.forbidden(Messages.get("participant.admin.browse"));
        }
    }

    private Specialist responsibleFor(String specialistUsername) {
        if (user.is(Roles.SPECIALIST) && (specialistUsername == null || specialistUsername.equals(user.name()))) {
            return scope.specialist().orElseThrow(() -> ProblemException.forbidden(Messages.get("participant.not-registered")));
        }
        if (specialistUsername == null) {
            throw ProblemException.invalid("specialist", Messages.get("participant.name-specialist"));
        }
        // one answer for an unknown specialist and another team's: neither names who works where
        return specialists.find(specialistUsername)
                .filter(named -> scope.manages(named.team()))
                .orElseThrow(() -> ProblemException.forbidden(Messages.get("participant.not-your-team", specialistUsername)));
    }

    private void requireEnrolmentNotInFuture(ParticipantProfile profile) {
        if (profile.enrolledOn().isAfter(LocalDate.now(clock.withZone(LOCAL)))) {
            throw ProblemException.invalid("enrolledOn", Messages.get("participant.enrolled.future"));
        }
    }

    /**
     * References are unique within the enrolling team, not across teams: a clash with another team's record would
     * tell the caller that this person is enrolled there, which is not theirs to know.
     */
    private void requireFreeReference(String externalRef, Long teamId, Long self) {
        if (externalRef == null || externalRef.isBlank()) {
            return;
        }
        em.createQuery("SELECT p FROM Participant p WHERE p.externalRef = :ref AND p.teamId = :team", Participant.class)
                .setParameter("ref", externalRef.trim()).setParameter("team", teamId).getResultStream()
                .filter(existing -> !existing.id().equals(self))
                .findFirst()
                .ifPresent(existing -> {
                    // name nothing about the other record: it may be a colleague's, outside the caller's caseload
                    throw ProblemException.conflict(Messages.get("participant.external-ref.taken", externalRef.trim()));
                });
    }
}
