package no.ips.outreach.planning.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.PlanState;
import no.ips.outreach.planning.entity.WeekProgress;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * A specialist's week: each day's planned visits in time order, the contacts made on it (planned or not) and both
 * together as the day's agenda, with the estimated road kilometres and driving minutes of that
 * round trip from their office (great-circle distance times a road factor, at an average speed: estimates), a shorter
 * order when there is one, the visits that are not on the route and why, and progress against the team's weekly target
 * of face-to-face employer contacts.
 */
public record WeekPlanView(String specialist, String week, LocalDate monday, Progress progress, List<Day> days) {

    public record Progress(int target, int done, int planned, int missed, int projected, int shortBy, String warning) {

        static Progress of(WeekProgress progress) {
            return new Progress(progress.target(), progress.done(), progress.planned(), progress.missed(),
                    progress.projected(), progress.shortBy(), progress.warning());
        }
    }

    /**
     * {@code kilometres} and {@code travelMinutes} (the day driven in time order) are null when nothing is routed or the
     * office has no coordinates. {@code suggestedOrder} lists the planned visits' ids in a shorter order, which saves
     * {@code kilometresSaved}; both are absent when time order is already as short.
     */
    public record Day(LocalDate day, List<PlannedVisitView> visits, Double kilometres, Long travelMinutes,
                      List<Long> suggestedOrder, Double kilometresSaved, List<NotOnRoute> notOnRoute,
                      List<MadeVisitView> made, List<AgendaEntry> agenda) {
    }

    /**
     * A contact logged on the day (void ones are not), with or without a plan; {@code plannedVisitId} names the plan
     * it completed. Made visits without a plan are not on the route.
     */
    public record MadeVisitView(long visitId, long employerId, String employerName, Instant startedAt,
                                LocalTime startsAt, VisitMode mode, int meetingMinutes, int travelMinutes,
                                Long plannedVisitId) {
    }

    /**
     * The day in time order, planned and made together: a plan still to be made or missed ({@code made} false, only a
     * {@code plannedVisitId}), a plan done ({@code made} true, both ids), or a contact made without a plan ({@code made}
     * true, only a {@code visitId}). Cancelled plans are not on it.
     */
    public record AgendaEntry(LocalTime startsAt, boolean made, Long plannedVisitId, Long visitId, long employerId,
                              String employerName) {
    }

    /** A visit left out of the route and its kilometres, and why. */
    public record NotOnRoute(long plannedVisitId, long employerId, String employerName, String reason) {
    }

    static WeekPlanView of(WeekPlans.WeekPlan plan) {
        return new WeekPlanView(plan.specialist().username(), plan.week().toString(), plan.week().monday(),
                Progress.of(plan.progress()), plan.days().stream().map(day -> new Day(day.day(), day.items().stream()
                        .map(item -> PlannedVisitView.of(item.visit(), item.employer(), item.state(), item.colleagues()))
                        .toList(), day.kilometres(), day.travelMinutes(), day.shorterOrder(), day.kilometresSaved(),
                        day.notOnRoute().stream().map(item -> new NotOnRoute(item.visit().id(), item.employer().id(),
                                item.employer().name(), Messages.get("planning.not-on-route"))).toList(),
                        day.made().stream().map(WeekPlanView::made).toList(), agenda(day))).toList());
    }

    private static MadeVisitView made(WeekPlans.MadeVisit v) {
        return new MadeVisitView(v.visitId(), v.employer().id(), v.employer().name(), v.startedAt(), v.startsAt(),
                v.mode(), v.meetingMinutes(), v.travelMinutes(), v.plannedVisitId());
    }

    private static List<AgendaEntry> agenda(WeekPlans.PlanDay day) {
        List<AgendaEntry> entries = new ArrayList<>();
        Set<Long> madeVisits = new HashSet<>();
        day.made().forEach(v -> madeVisits.add(v.visitId()));
        for (var item : day.items()) {
            if (item.state() == PlanState.CANCELLED) {
                continue;
            }
            Long visitId = item.visit().visitId();
            entries.add(new AgendaEntry(item.visit().startsAt(), visitId != null && madeVisits.contains(visitId),
                    item.visit().id(), visitId, item.employer().id(), item.employer().name()));
        }
        day.made().stream().filter(v -> v.plannedVisitId() == null || entries.stream()
                        .noneMatch(e -> v.plannedVisitId().equals(e.plannedVisitId())))
                .forEach(v -> entries.add(new AgendaEntry(v.startsAt(), true, null, v.visitId(), v.employer().id(),
                        v.employer().name())));
        entries.sort(Comparator.comparing(AgendaEntry::startsAt)
                .thenComparing(e -> e.plannedVisitId() == null ? Long.MAX_VALUE : e.plannedVisitId()));
        return entries;
    }
}
