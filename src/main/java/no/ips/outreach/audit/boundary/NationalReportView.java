package no.ips.outreach.audit.boundary;

import java.util.List;
import no.ips.outreach.audit.entity.ContactLogReview;
import no.ips.outreach.audit.entity.ScorecardLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Every team's outreach, for administrators. Participants appear only as counts. Distinct employers met face to face
 * are not counted here (it would take every visit of the period); team and specialist reports count them.
 */
@Schema(description = "The national outreach report")
public record NationalReportView(PeriodView period, FiguresView totals, List<TeamLineView> teams,
                                 RapidJobSearchView rapidJobSearch, JobStartsView jobStarts, int weeksDue,
                                 int weeksReviewed, int weeksChangedAfterReview, ContactLogReview logReview,
                                 List<ScorecardLine> scorecard, List<WeekView> weekly) {
}
