package no.ips.outreach.audit.boundary;

/** One team's line of the national report. */
public record TeamLineView(long teamId, String code, String name, int specialists, FiguresView figures, int weeksDue,
                           int weeksReviewed, int weeksChangedAfterReview) {
}
