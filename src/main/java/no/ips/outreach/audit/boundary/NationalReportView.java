package no.ips.outreach.audit.boundary;

import java.util.List;
import no.ips.outreach.audit.entity.ContactLogReview;
import no.ips.outreach.audit.entity.ScorecardLine;

/**
 * Every team's outreach, for administrators. Participants appear only as counts and days. Employers met face to face
 * are counted for the country as a whole, not per team.
 */
public record NationalReportView(PeriodView period, FiguresView totals, List<TeamLineView> teams,
                                 RapidJobSearchView rapidJobSearch, JobStartsView jobStarts, int weeksDue,
                                 int weeksReviewed, int weeksChangedAfterReview, ContactLogReview logReview,
                                 List<ScorecardLine> scorecard, List<WeekView> weekly) {
}
