package no.ips.outreach.audit.boundary;

import java.util.List;
import no.ips.outreach.audit.entity.FrequentContact;
import no.ips.outreach.audit.entity.ScorecardLine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A team's or a specialist's outreach report.
 *
 * @param teamId     the team reported on, or the specialist's team
 * @param specialist set for a specialist's own report
 * @param leftOutOfContactRate specialists without job seekers, left out of the frequent-contact figure and target
 */
@Schema(description = "A team's or a specialist's outreach report")
public record OutreachReportView(Long teamId, String teamName, String specialist, PeriodView period,
                                 FiguresView totals, List<SpecialistLineView> specialists,
                                 List<FrequentContact.LeftOut> leftOutOfContactRate,
                                 RapidJobSearchView rapidJobSearch, JobStartsView jobStarts, List<ReviewView> reviews,
                                 List<ScorecardLine> scorecard, List<WeekView> weekly) {
}
