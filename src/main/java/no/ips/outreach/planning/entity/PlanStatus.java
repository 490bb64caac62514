package no.ips.outreach.planning.entity;

/** Where a planned visit stands as stored; {@link PlannedVisit#state} adds MISSED for one left open past its day. */
public enum PlanStatus {
    PLANNED, DONE, CANCELLED
}
