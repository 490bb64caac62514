package no.ips.outreach.matching.entity;

/** What a match is scored on; each criterion's share of the 100 points comes from {@link Weights}. */
public enum Criterion {
    OCCUPATION, INDUSTRY, HOURS, SHIFTS, TRAVEL, START, REQUIREMENTS
}
