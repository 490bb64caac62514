package no.ips.outreach.supervision.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.audit.boundary.ReviewView;
import no.ips.outreach.supervision.entity.Shortfall;

/**
 * The manager's desk for one week: every specialist's figures for it and the eight weeks before, who is behind and
 * why, and each week's sign-off. A specialist who asks sees only their own line and no team totals.
 *
 * @param signable      the week has reached its last working day and can be signed off
 * @param caseloadLimit the caseload the fidelity scale scores 5 (at most 20 per specialist)
 */
public record TeamWeekView(long teamId, String teamName, String week, LocalDate from, LocalDate to, boolean signable,
                           int caseloadLimit, List<String> weeks, List<SpecialistWeeksView> specialists,
                           List<TeamTrendView> team) {

    /**
     * @param waitingPastDeadline participants still waiting for a first employer contact after 30 days
     * @param plannedLeft         planned visits of the week still ahead
     * @param behind              empty when the specialist is on track this week
     * @param weeks               oldest first; the week asked for is the last
     */
    public record SpecialistWeeksView(String username, String displayName, BigDecimal weeklyHours, long caseload,
                                      long jobSeekers, long waitingPastDeadline, long plannedLeft,
                                      List<Shortfall> behind, List<WeekLineView> weeks) {
    }

    /**
     * One specialist-week; {@code review} says whether it is signed off, changed after review or not reviewed.
     *
     * @param target face-to-face contacts the week asks for: the weekly target times the week's working days / 5
     *               (a public holiday lowers it); null for a specialist with no job seekers, who has none
     */
    public record WeekLineView(String week, long faceToFace, Double target, long otherContacts, long communityMinutes,
                               long scheduledMinutes, Double communityPercent, boolean signable, ReviewView review) {
    }

    /** The team's line of one week: contacts per specialist against the average target, and community time. */
    public record TeamTrendView(String week, long faceToFace, double faceToFacePerSpecialist, double target,
                                Double communityPercent) {
    }
}
