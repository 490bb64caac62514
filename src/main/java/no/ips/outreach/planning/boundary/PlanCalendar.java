package no.ips.outreach.planning.boundary;

import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.participants.control.AccessLog;
import no.ips.outreach.participants.entity.AccessAction;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.planning.control.VisitPlanner;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.PlanStatus;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The week's planned and done visits as an iCalendar file. Participants appear by alias only where they allow the
 * specialist to name them to employers; the others are counted, not named, because a calendar leaves the service.
 */
@ApplicationScoped
public class PlanCalendar {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    WeekPlans plans;

    @Inject
    AccessLog accessLog;

    @Inject
    PlannerAccess access;

    public String of(Specialist specialist, IsoWeek week) {
        Language language = RequestLanguage.current();
        return VisitCalendarWriter.write(events(plans.inWeek(specialist.username(), week), access.caller(), language),
                ContactFacts.ZONE, language);
    }

    /**
     * The subscribed calendar: from the Monday two weeks back to the end of the week {@code weeksAhead} from now, so
     * that a visit moved or made lately is updated in the subscriber's calendar too. The participants it names are
     * logged as read by the feed's owner, on whose behalf the calendar program fetches it.
     */
    public String feed(Specialist specialist, LocalDate today, int weeksAhead, Language language, Duration refresh) {
        IsoWeek first = IsoWeek.of(today.minusWeeks(2));
        IsoWeek last = IsoWeek.of(today.plusWeeks(weeksAhead));
        List<PlannedVisit> visits = new ArrayList<>();
        for (IsoWeek week = first; !week.monday().isAfter(last.monday()); week = week.next()) {
            visits.addAll(plans.inWeek(specialist.username(), week));
        }
        String name = Messages.get(language, "host.feed.name", specialist.displayName());
        return VisitCalendarWriter.write(events(visits, specialist.username(), language), ContactFacts.ZONE, language,
                new VisitCalendarWriter.Subscription(name, refresh));
    }

    private List<CalendarVisit> events(List<PlannedVisit> planned, String reader, Language language) {
        List<PlannedVisit> visits = planned.stream().filter(visit -> visit.status() != PlanStatus.CANCELLED).toList();
        var employers = plans.employers(visits.stream().map(PlannedVisit::employerId).collect(Collectors.toSet()));
        Map<Long, Participant> participants = participants(visits.stream().flatMap(v -> v.participantIds().stream())
                .collect(Collectors.toSet()));
        accessLog.record(reader, participants.keySet(), AccessAction.READ);
        return visits.stream().map(visit -> {
            var employer = employers.get(visit.employerId());
            return new CalendarVisit(visit.id(), employer.name(), PlannedVisitView.address(employer), visit.day(),
                    visit.startsAt(), visit.durationMinutes(), purpose(visit, language), named(visit, participants, language),
                    VisitPlanner.zoneOf(employer), visit.updatedAt(), (int) visit.version());
        }).toList();
    }

    private static List<String> named(PlannedVisit visit, Map<Long, Participant> participants, Language language) {
        List<Participant> planned = visit.participantIds().stream().sorted().map(participants::get).filter(p -> p != null).toList();
        List<String> names = new ArrayList<>(planned.stream().filter(p -> p.disclosure() != Disclosure.NONE)
                .map(Participant::alias).toList());
        long unnamed = planned.stream().filter(p -> p.disclosure() == Disclosure.NONE).count();
        if (unnamed > 0) {
            names.add(Messages.get(language, "calendar.unnamed", unnamed));
        }
        return names;
    }

    private static String purpose(PlannedVisit visit, Language language) {
        String purpose = Messages.get(language, "calendar.purpose." + visit.purpose().name());
        return visit.note() == null || visit.note().isBlank() ? purpose : purpose + ": " + visit.note();
    }

    private Map<Long, Participant> participants(Set<Long> ids) {
        Map<Long, Participant> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p FROM Participant p WHERE p.id IN :ids", Participant.class).setParameter("ids", ids)
                    .getResultList().forEach(p -> found.put(p.id(), p));
        }
        return found;
    }
}
