package no.ips.outreach.supervision.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.ips.outreach.audit.boundary.AuditViews;
import no.ips.outreach.audit.boundary.ReviewView;
import no.ips.outreach.audit.entity.FidelityItem;
import no.ips.outreach.audit.entity.FidelityScale;
import no.ips.outreach.audit.entity.OutreachFigures;
import no.ips.outreach.supervision.control.TeamWeeks.SpecialistWeek;
import no.ips.outreach.supervision.control.TeamWeeks.SpecialistWeeks;
import no.ips.outreach.supervision.control.TeamWeeks.TeamWeek;
import no.ips.outreach.supervision.entity.Shortfall;
import no.ips.outreach.teams.entity.Team;

/** Puts a team's week into the desk's shape. */
@ApplicationScoped
public class TeamWeekViews {

    /** IPS-25 caseload size: at most 20 participants per specialist scores 5. */
    static final int CASELOAD_TOP_BAND = 20;

    TeamWeekView of(Team team, TeamWeek desk, boolean wholeTeam) {
        var week = desk.week();
        List<TeamWeekView.SpecialistWeeksView> lines = desk.specialists().stream().map(s -> line(desk, s)).toList();
        List<TeamWeekView.TeamTrendView> trend = !wholeTeam ? List.of() : desk.team().stream().map(t -> {
            OutreachFigures f = t.report().total();
            return new TeamWeekView.TeamTrendView(t.week().toString(), f.tally().faceToFace(),
                    round(f.faceToFacePerSpecialistWeek()), round(f.weeklyTarget()), shownCommunity(f.communityPercent()));
        }).toList();
        List<String> weeks = desk.team().stream().map(t -> t.week().toString()).toList();
        return new TeamWeekView(team.id(), team.name(), week.toString(), week.monday(), week.sunday(),
                desk.signable(week), CASELOAD_TOP_BAND, weeks, lines, trend);
    }

    private static TeamWeekView.SpecialistWeeksView line(TeamWeek desk, SpecialistWeeks s) {
        var workload = s.current().outreach().workload();
        var current = week(desk, s.current());
        return new TeamWeekView.SpecialistWeeksView(s.specialist().username(), s.specialist().displayName(),
                s.specialist().weeklyHours(), workload.caseload(), workload.jobSeekers(), s.waitingPastDeadline(),
                s.plannedLeft(), Shortfall.of(current.faceToFace(), current.target(), s.plannedLeft(),
                        s.current().outreach().outreach().communityPercent(), current.signable(),
                        s.waitingPastDeadline()),
                s.trend().stream().map(w -> week(desk, w)).toList());
    }

    private static TeamWeekView.WeekLineView week(TeamWeek desk, SpecialistWeek w) {
        OutreachFigures f = w.outreach().outreach();
        String username = w.outreach().workload().username();
        ReviewView review = w.review().map(r -> AuditViews.review(username, r))
                .orElseGet(() -> new ReviewView(username, w.week().toString(), ReviewView.Status.NOT_REVIEWED, null,
                        null, null, null, null, null, null, null, null, null));
        var workload = w.outreach().workload();
        Double target = workload.hasContactTarget() ? round(workload.weeklyContactTarget() * f.workingWeeks()) : null;
        return new TeamWeekView.WeekLineView(w.week().toString(), f.tally().faceToFace(), target,
                f.tally().otherContacts(), f.tally().communityMinutes(),
                Math.round(f.scheduledMinutes()), shownCommunity(f.communityPercent()), desk.signable(w.week()), review);
    }

    /** As the audit shows it: with more decimals where one would put the figure in another band of the scale. */
    private static Double shownCommunity(Double percent) {
        return percent == null ? null
                : FidelityScale.shown(FidelityItem.COMMUNITY_BASED_SERVICES, percent, 0, 1).doubleValue();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
