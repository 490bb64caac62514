package no.ips.outreach.audit.boundary;

import no.ips.outreach.teams.entity.Region;

/** One team's line of the national report; {@code region} lets the reader compare teams of one county. */
public record TeamLineView(long teamId, String code, String name, Region region, int specialists, FiguresView figures,
                           int weeksDue, int weeksReviewed, int weeksChangedAfterReview) {
}
