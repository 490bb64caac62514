package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.planning.control.WeekPlans;
import no.ips.outreach.planning.entity.WeekProgress;

/**
 * A specialist's week: each day's visits in route order from their office with the estimated road kilometres and
 * driving minutes (great-circle distance times a road factor, at an average speed: estimates), and progress against
 * the team's weekly target of face-to-face employer contacts.
 */
public record WeekPlanView(String specialist, String week, LocalDate monday, Progress progress, List<Day> days) {

    public record Progress(int target, int done, int planned, int missed, int projected, int shortBy, String warning) {

        static Progress of(WeekProgress progress) {
            return new Progress(progress.target(), progress.done(), progress.planned(), progress.missed(),
                    progress.projected(), progress.shortBy(), progress.warning());
        }
    }

    /** {@code kilometres} and {@code travelMinutes} are null when nothing is routed or the office has no coordinates. */
    public record Day(LocalDate day, List<PlannedVisitView> visits, Double kilometres, Long travelMinutes) {
    }

    static WeekPlanView of(WeekPlans.WeekPlan plan) {
        return new WeekPlanView(plan.specialist().username(), plan.week().toString(), plan.week().monday(),
                Progress.of(plan.progress()), plan.days().stream().map(day -> new Day(day.day(), day.items().stream()
                        .map(item -> PlannedVisitView.of(item.visit(), item.employer(), item.state(), item.colleagues()))
                        .toList(), day.kilometres(), day.travelMinutes())).toList());
    }
}
