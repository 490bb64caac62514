package no.ips.outreach.openings.entity;

/** Where an opening stands. EXPIRED is stored when a specialist closes it as such, and derived from a passed deadline. */
public enum OpeningStatus {
    OPEN, FILLED, CLOSED, EXPIRED
}
