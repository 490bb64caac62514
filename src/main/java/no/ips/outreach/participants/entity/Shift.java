package no.ips.outreach.participants.entity;

/** When someone is willing or needed to work. */
public enum Shift {
    DAY, EVENING, NIGHT, WEEKEND
}
