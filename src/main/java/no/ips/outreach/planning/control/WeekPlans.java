package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.planning.entity.Colleague;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.planning.entity.PlanStatus;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.Position;
import no.ips.outreach.planning.entity.Route;
import no.ips.outreach.planning.entity.RoutePlanner;
import no.ips.outreach.planning.entity.Stop;
import no.ips.outreach.planning.entity.TravelAssumptions;
import no.ips.outreach.planning.entity.WeekProgress;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A specialist's week as a plan: each day's visits in time order, the contacts logged on it (planned or not), routed from their office with the estimated kilometres and
 * travel time, progress against the team's target, and the colleagues who plan the same employers.
 */
@ApplicationScoped
@Transactional
public class WeekPlans {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "outreach.planner.weekly-visit-target", defaultValue = "6")
    int defaultTarget;

    @Inject
    @ConfigProperty(name = "outreach.planner.road-factor", defaultValue = "1.3")
    double roadFactor;

    @Inject
    @ConfigProperty(name = "outreach.planner.travel-speed-kmh", defaultValue = "40")
    double travelSpeedKmh;

    /** One planned visit in a day's route, with its employer, its state today and who else plans to go there. */
    public record PlanItem(PlannedVisit visit, Employer employer, PlanState state, List<Colleague> colleagues) {
    }

    /**
     * A day: its visits in time order (cancelled ones last, outside the route), and the estimates of the route driven
     * in that order. A shorter order, when there is one, is offered with the kilometres it saves; visits to employers
     * without a position are listed as not on the route, with the reason.
     */
    public record PlanDay(LocalDate day, List<PlanItem> items, Double kilometres, Long travelMinutes,
                          List<Long> shorterOrder, Double kilometresSaved, List<PlanItem> notOnRoute, List<MadeVisit> made) {
    }

    /**
     * A contact logged on the day, planned or not (void ones are not): what was made, beside what was planned.
     *
     * @param plannedVisitId the planned visit it completed, if any
     */
    public record MadeVisit(long visitId, Employer employer, Instant startedAt, LocalTime startsAt, VisitMode mode,
                            int meetingMinutes, int travelMinutes, Long plannedVisitId) {
    }

    public record WeekPlan(Specialist specialist, IsoWeek week, List<PlanDay> days, WeekProgress progress) {
    }

    public WeekPlan of(Specialist specialist, IsoWeek week) {
        LocalDate today = LocalDate.now(clock.withZone(ContactFacts.ZONE));
        List<PlannedVisit> planned = inWeek(specialist.username(), week);
        List<Visit> logged = madeIn(specialist.username(), week);
        Set<Long> employerIds = planned.stream().map(PlannedVisit::employerId)
                .collect(Collectors.toCollection(HashSet::new));
        logged.forEach(v -> employerIds.add(v.details().employerId()));
        Map<Long, Employer> employers = employers(employerIds);
        Map<Long, Long> planOfVisit = planned.stream().filter(p -> p.visitId() != null)
                .collect(Collectors.toMap(PlannedVisit::visitId, PlannedVisit::id));
        Map<Long, List<Colleague>> colleagues = colleagues(specialist, week, employers.keySet());
        RoutePlanner routes = new RoutePlanner(new TravelAssumptions(roadFactor, travelSpeedKmh));
        List<PlanDay> days = new ArrayList<>();
        for (LocalDate day = week.monday(); !day.isAfter(week.sunday()); day = day.plusDays(1)) {
            LocalDate current = day;
            List<PlanItem> items = planned.stream().filter(v -> v.day().equals(current))
                    .map(v -> new PlanItem(v, employers.get(v.employerId()), v.state(today),
                            colleagues.getOrDefault(v.employerId(), List.of())))
                    .toList();
            List<MadeVisit> made = logged.stream()
                    .filter(v -> LocalDate.ofInstant(v.details().startedAt(), ContactFacts.ZONE).equals(current))
                    .map(v -> new MadeVisit(v.id(), employers.get(v.details().employerId()), v.details().startedAt(),
                            LocalTime.ofInstant(v.details().startedAt(), ContactFacts.ZONE), v.details().mode(),
                            v.details().meetingMinutes(), v.details().travelMinutes(), planOfVisit.get(v.id())))
                    .toList();
            days.add(day(current, items, specialist.office(), routes, made));
        }
        int done = faceToFaceDone(specialist.username(), week);
        int stillPlanned = (int) planned.stream().filter(v -> v.state(today) == PlanState.PLANNED).count();
        int missed = (int) planned.stream().filter(v -> v.state(today) == PlanState.MISSED).count();
        return new WeekPlan(specialist, week, days, new WeekProgress(target(specialist), done, stillPlanned, missed));
    }

    /** The visits that will happen or did (planned, done, missed) are routed in time order; cancelled ones are listed after. */
    private static PlanDay day(LocalDate day, List<PlanItem> items, Address office, RoutePlanner routes,
                               List<MadeVisit> made) {
        List<PlanItem> going = items.stream().filter(item -> item.state() != PlanState.CANCELLED)
                .sorted(Comparator.comparing((PlanItem item) -> item.visit().startsAt()).thenComparing(item -> item.visit().id()))
                .toList();
        List<PlanItem> cancelled = items.stream().filter(item -> item.state() == PlanState.CANCELLED).toList();
        List<PlanItem> all = new ArrayList<>(going);
        all.addAll(cancelled);
        List<PlanItem> notOnRoute = going.stream().filter(item -> !placed(item.employer().address())).toList();
        if (going.isEmpty() || !placed(office)) {
            return new PlanDay(day, all, null, null, null, null, notOnRoute, made);
        }
        List<Stop> stops = new ArrayList<>();
        for (PlanItem item : going) {
            Address at = item.employer().address();
            stops.add(placed(at) ? Stop.at(item.visit().id(), at.latitude(), at.longitude()) : Stop.withoutPosition(item.visit().id()));
        }
        Position from = new Position(office.latitude(), office.longitude());
        Route driven = routes.inOrder(from, stops);
        Route shortest = routes.plan(from, stops);
        double saved = Math.round((driven.kilometres() - shortest.kilometres()) * 10) / 10.0;
        boolean better = saved >= 0.1;
        return new PlanDay(day, all, Math.round(driven.kilometres() * 10) / 10.0, driven.travelMinutes(),
                better ? shortest.stops().stream().filter(stop -> stop.knownPosition().isPresent()).map(Stop::id).toList() : null,
                better ? saved : null, notOnRoute, made);
    }

    private static boolean placed(Address address) {
        return address != null && address.latitude() != null && address.longitude() != null;
    }

    /** The team's target, or the configured default (6, the fidelity scale's good practice). */
    public int target(Specialist specialist) {
        return specialist.team().weeklyVisitTarget().orElse(defaultTarget);
    }

    public List<PlannedVisit> inWeek(String specialist, IsoWeek week) {
        return em.createQuery("SELECT p FROM PlannedVisit p WHERE p.specialist = :specialist AND p.weekStart = :monday "
                        + "ORDER BY p.plannedOn, p.startsAt, p.id", PlannedVisit.class)
                .setParameter("specialist", specialist).setParameter("monday", week.monday()).getResultList();
    }

    /** The contacts logged in the week and not void, in time order, by the day they happened where the service works. */
    private List<Visit> madeIn(String specialist, IsoWeek week) {
        return em.createQuery("SELECT v FROM Visit v WHERE v.specialist = :specialist AND v.startedAt >= :from "
                        + "AND v.startedAt < :to AND v.voidedAt IS NULL ORDER BY v.startedAt, v.id", Visit.class)
                .setParameter("specialist", specialist)
                .setParameter("from", week.monday().atStartOfDay(ContactFacts.ZONE).toInstant())
                .setParameter("to", week.sunday().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant())
                .getResultList();
    }

    /** Face-to-face visits logged for the week, by the day they happened where the service works. */
    private int faceToFaceDone(String specialist, IsoWeek week) {
        Object count = em.createNativeQuery("SELECT COUNT(*) FROM visit WHERE specialist = ?1 AND mode = 'IN_PERSON' AND voided_at IS NULL "
                        + "AND started_at >= ?2 AND started_at < ?3")
                .setParameter(1, specialist)
                .setParameter(2, Sql.utc(week.monday().atStartOfDay(ContactFacts.ZONE).toInstant()))
                .setParameter(3, Sql.utc(week.sunday().plusDays(1).atStartOfDay(ContactFacts.ZONE).toInstant()))
                .getSingleResult();
        return ((Number) count).intValue();
    }

    /** Per employer, the other specialists of the team who plan (or made) a visit there the same week. */
    public Map<Long, List<Colleague>> colleagues(Specialist specialist, IsoWeek week, Collection<Long> employerIds) {
        Map<Long, List<Colleague>> colleagues = new HashMap<>();
        if (employerIds.isEmpty()) {
            return colleagues;
        }
        em.createQuery("SELECT p.employerId, s.username, s.displayName, p.plannedOn FROM PlannedVisit p, Specialist s "
                        + "WHERE s.username = p.specialist AND s.team.id = :team AND p.weekStart = :monday "
                        + "AND p.specialist <> :me AND p.status <> :cancelled AND p.employerId IN :employers "
                        + "ORDER BY p.plannedOn, s.username", Object[].class)
                .setParameter("team", specialist.team().id()).setParameter("monday", week.monday())
                .setParameter("me", specialist.username()).setParameter("cancelled", PlanStatus.CANCELLED)
                .setParameter("employers", Set.copyOf(employerIds)).getResultList()
                .forEach(row -> colleagues.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Colleague((String) row[1], (String) row[2], (LocalDate) row[3])));
        return colleagues;
    }

    public Map<Long, Employer> employers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Employer e WHERE e.id IN :ids", Employer.class)
                .setParameter("ids", Set.copyOf(ids)).getResultStream()
                .collect(Collectors.toMap(Employer::id, employer -> employer));
    }
}
