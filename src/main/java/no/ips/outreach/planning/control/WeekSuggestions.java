package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import no.ips.outreach.planning.entity.PlannedVisitDetails;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.visits.entity.VisitPurpose;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.planning.entity.Colleague;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.Suggestion;
import no.ips.outreach.planning.entity.SuggestionCause;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The ranked suggestions for a specialist's week: every cause found, grouped by employer, with do-not-contact and
 * archived employers left out, and those the specialist already plans (or visited from the plan) that week left out
 * too. Each comes with its employer, the participants' aliases and the colleagues who plan the same employer.
 */
@ApplicationScoped
@Transactional
public class WeekSuggestions {

    /** A planned visit's usual length: long enough to learn an employer's needs, short enough for three a day. */
    public static final int DEFAULT_MINUTES = 45;

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    SuggestionFinder finder;

    @Inject
    WeekPlans plans;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    public record Suggested(Suggestion suggestion, Employer employer, Map<Long, String> participants,
                            List<Colleague> colleagues) {
    }

    public List<Suggested> of(Specialist specialist, IsoWeek week, String reader) {
        LocalDate today = LocalDate.now(clock.withZone(ContactFacts.ZONE));
        List<SuggestionCause> causes = finder.causes(specialist, week, today);
        Set<Long> alreadyPlanned = plans.inWeek(specialist.username(), week).stream()
                .filter(v -> v.state(today) == PlanState.PLANNED || v.state(today) == PlanState.DONE)
                .map(PlannedVisit::employerId).collect(Collectors.toSet());
        Map<Long, Employer> employers = plans.employers(causes.stream().map(SuggestionCause::employerId).collect(Collectors.toSet()));
        List<Suggestion> ranked = Suggestion.rank(causes.stream().filter(cause -> {
            Employer employer = employers.get(cause.employerId());
            return employer != null && !employer.doNotContact() && !employer.isArchived()
                    && !alreadyPlanned.contains(cause.employerId());
        }).toList(), today);
        Map<Long, List<Colleague>> colleagues = plans.colleagues(specialist, week,
                ranked.stream().map(Suggestion::employerId).toList());
        Map<Long, String> aliases = aliases(ranked.stream().flatMap(s -> s.participantIds().stream()).collect(Collectors.toSet()));
        accessLog.record(reader, aliases.keySet(), AccessAction.LIST);
        return ranked.stream().map(suggestion -> new Suggested(suggestion, employers.get(suggestion.employerId()),
                suggestion.participantIds().stream().filter(aliases::containsKey)
                        .collect(Collectors.toMap(id -> id, aliases::get)),
                colleagues.getOrDefault(suggestion.employerId(), List.of()))).toList();
    }

    /** The week's suggestion for one employer, as the specialist was shown it; none when it is not suggested. */
    public Optional<Suggestion> forEmployer(Specialist specialist, IsoWeek week, long employerId, String reader) {
        return of(specialist, week, reader).stream().map(Suggested::suggestion)
                .filter(suggestion -> suggestion.employerId() == employerId).findFirst();
    }

    /**
     * The plan a suggestion becomes, given a day and a time: its employer, participants and most urgent reason, the
     * reason's explanation as the note, 45 minutes, and the purpose the reason implies, unless the caller says otherwise.
     */
    public static PlannedVisitDetails planOf(Suggestion suggestion, LocalDate day, LocalTime startsAt, Integer minutes,
                                             VisitPurpose purpose, String note) {
        SuggestionCause first = suggestion.causes().get(0);
        VisitPurpose implied = first.reason() == SuggestionReason.FOLLOW_ALONG_DUE ? VisitPurpose.FOLLOW_ALONG
                : suggestion.participantIds().isEmpty() ? VisitPurpose.GENERAL_JOB_DEVELOPMENT
                : VisitPurpose.PARTICIPANT_JOB_DEVELOPMENT;
        String explanation = first.explanation() == null ? null
                : first.explanation().substring(0, Math.min(PlannedVisit.NOTE_LENGTH, first.explanation().length()));
        return new PlannedVisitDetails(suggestion.employerId(), day, startsAt, minutes == null ? DEFAULT_MINUTES : minutes,
                purpose == null ? implied : purpose, first.reason(), note == null ? explanation : note,
                suggestion.participantIds());
    }

    private Map<Long, String> aliases(Set<Long> ids) {
        Map<Long, String> aliases = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p.id, p.alias FROM Participant p WHERE p.id IN :ids", Object[].class)
                    .setParameter("ids", new HashSet<>(ids)).getResultList()
                    .forEach(row -> aliases.put((Long) row[0], (String) row[1]));
        }
        return aliases;
    }
}
