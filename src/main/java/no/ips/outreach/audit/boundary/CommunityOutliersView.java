package no.ips.outreach.audit.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.audit.entity.CommunityOutliers;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * The longest visits and days behind the time in the community, each with its share of the figure in percent (one
 * decimal), so that a reviewer sees whether a few long entries carry it.
 */
public record CommunityOutliersView(List<LongVisit> longestVisits, List<LongDay> longestDays) {

    public record LongVisit(long visitId, String specialist, Instant startedAt, VisitMode mode, int meetingMinutes,
                            int travelMinutes, int communityMinutes, Double percentOfCommunityMinutes) {
    }

    public record LongDay(String specialist, LocalDate day, int visits, long communityMinutes,
                          Double percentOfCommunityMinutes) {
    }

    static CommunityOutliersView of(CommunityOutliers outliers) {
        if (outliers == null) {
            return null;
        }
        return new CommunityOutliersView(outliers.longestVisits().stream().map(v -> new LongVisit(v.visitId(),
                        v.specialist(), v.startedAt(), v.mode(), v.meetingMinutes(), v.travelMinutes(), v.communityMinutes(),
                        oneDecimal(outliers.percentOf(v.communityMinutes())))).toList(),
                outliers.longestDays().stream().map(d -> new LongDay(d.specialist(), d.day(), d.visits(),
                        d.communityMinutes(), oneDecimal(outliers.percentOf(d.communityMinutes())))).toList());
    }

    /** A share of the figure, for reading: it is no figure that is banded, so one decimal is enough. */
    private static Double oneDecimal(Double percent) {
        return percent == null ? null : Math.round(percent * 10) / 10.0;
    }
}
