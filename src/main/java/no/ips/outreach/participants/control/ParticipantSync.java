package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.SyncOutcome;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.teams.entity.Team;

/**
 * Writes a batch of the host system's participant records in one transaction of its own: each is created, updated or
 * left as it is, keyed by its external reference within the integration's team, and every participant touched is in
 * the access log of the same transaction. A record that breaks a rule is refused with the reason and the others go on.
 */
@ApplicationScoped
public class ParticipantSync {

    private static final ZoneId LOCAL = ZoneId.of("Europe/Oslo");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    AccessLog log;

    @Inject
    Clock clock;

    /** A record with its place in what the host sent. */
    public record Numbered(int row, SyncRow data) {
    }

    /** With {@code expectedVersion} (a single PUT's If-Match) an existing participant must still be at that version. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SyncResult> apply(String caller, Team team, List<Numbered> rows, Long expectedVersion) {
        Map<String, Specialist> specialists = specialistsOf(team, rows);
        Map<String, Participant> byReference = existing(team, rows);
        LocalDate today = LocalDate.now(clock.withZone(LOCAL));
        List<Written> written = new ArrayList<>();
        List<SyncResult> results = new ArrayList<>();
        for (Numbered numbered : rows) {
            SyncRow row = numbered.data();
            List<Problem.FieldError> errors = new ArrayList<>();
            Specialist specialist = specialists.get(row.specialist().trim());
            if (specialist == null) {
                errors.add(new Problem.FieldError("specialist", Messages.get("host.sync.specialist", row.specialist().trim(), team.code())));
            }
            if (row.enrolledOn().isAfter(today)) {
                errors.add(new Problem.FieldError("enrolledOn", Messages.get("host.sync.enrolled-future")));
            }
            if (!errors.isEmpty()) {
                results.add(SyncResult.refused(numbered.row(), row.reference(), errors));
                continue;
            }
            try {
                written.add(write(numbered, specialist, byReference, expectedVersion));
            } catch (ProblemException refused) {
                if (expectedVersion != null) {
                    throw refused;
                }
                results.add(SyncResult.refused(numbered.row(), row.reference(), reasons(refused.problem())));
            }
        }
        em.flush();
        for (AccessAction action : List.of(AccessAction.CREATE, AccessAction.UPDATE, AccessAction.READ)) {
            Set<Long> ids = written.stream().filter(w -> w.action() == action).map(w -> w.participant().id()).collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                log.record(caller, ids, action);
            }
        }
        written.forEach(w -> results.add(SyncResult.of(w.row(), w.participant().profile().externalRef(), w.outcome(),
                w.participant().version())));
        results.sort(java.util.Comparator.comparingInt(SyncResult::row));
        return results;
    }

    private Written write(Numbered numbered, Specialist specialist, Map<String, Participant> byReference, Long expectedVersion) {
        SyncRow row = numbered.data();
        Participant participant = byReference.get(row.reference());
        if (participant == null) {
            participant = new Participant(specialist, row.profile(), clock.instant());
            em.persist(participant);
            byReference.put(row.reference(), participant);
            return new Written(numbered.row(), participant, SyncOutcome.CREATED, AccessAction.CREATE);
        }
        if (expectedVersion != null) {
            ProblemException.requireVersion("participant's record", participant.version(), expectedVersion);
        }
        boolean sameSpecialist = participant.specialist().username().equals(specialist.username());
        if (sameSpecialist && participant.isDescribedBy(row.profile())) {
            // the service compared the record with what it holds and says so: that is a read
            return new Written(numbered.row(), participant, SyncOutcome.UNCHANGED, AccessAction.READ);
        }
        participant.describe(row.profile(), clock.instant());
        if (!sameSpecialist) {
            participant.reassignTo(specialist, clock.instant());
        }
        return new Written(numbered.row(), participant, SyncOutcome.UPDATED, AccessAction.UPDATE);
    }

    private Map<String, Specialist> specialistsOf(Team team, List<Numbered> rows) {
        Set<String> named = rows.stream().map(r -> r.data().specialist().trim()).collect(Collectors.toSet());
        return em.createQuery("SELECT s FROM Specialist s WHERE s.team.id = :team AND s.username IN :names", Specialist.class)
                .setParameter("team", team.id()).setParameter("names", named).getResultStream()
                .collect(Collectors.toMap(Specialist::username, Function.identity()));
    }

    private Map<String, Participant> existing(Team team, List<Numbered> rows) {
        Set<String> references = rows.stream().map(r -> r.data().reference()).collect(Collectors.toSet());
        Map<String, Participant> found = new HashMap<>();
        em.createQuery("SELECT p FROM Participant p WHERE p.teamId = :team AND p.externalRef IN :refs", Participant.class)
                .setParameter("team", team.id()).setParameter("refs", references).getResultStream()
                .forEach(p -> found.put(p.profile().externalRef(), p));
        return found;
    }

    private static List<Problem.FieldError> reasons(Problem problem) {
        return problem.errors() != null && !problem.errors().isEmpty() ? problem.errors()
                : List.of(new Problem.FieldError("body", problem.detail()));
    }

    private record Written(int row, Participant participant, SyncOutcome outcome, AccessAction action) {
    }
}
