package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.WeekProgress;

/**
 * A specialist's week: each day's visits in time order, with the estimated road kilometres and driving minutes of that
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
                      List<Long> suggestedOrder, Double kilometresSaved, List<NotOnRoute> notOnRoute) {
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
                                item.employer().name(), "the employer's address has no coordinates, so the route and its "
                                        + "kilometres leave this visit out")).toList())).toList());
    }
}
