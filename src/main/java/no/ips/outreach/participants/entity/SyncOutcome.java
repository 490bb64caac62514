package no.ips.outreach.participants.entity;

/** What a host system's record did to Outreach's participant with the same external reference. */
public enum SyncOutcome {
    /** No participant with this reference in the team: one was enrolled. */
    CREATED,
    /** The participant differed and was brought up to date: a new version. */
    UPDATED,
    /** The participant already said exactly this: nothing was written, the version stays. */
    UNCHANGED,
    /** The record was not taken; {@code errors} say why. */
    REFUSED
}
