package no.ips.outreach.planning.entity;

/** What a planned visit is on a given day: still to come, done, cancelled, or missed (left open after its day). */
public enum PlanState {
    PLANNED, DONE, CANCELLED, MISSED
}
