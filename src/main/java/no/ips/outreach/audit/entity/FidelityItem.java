package no.ips.outreach.audit.entity;

/** The IPS-25 items that employer outreach decides, and so the ones this service can score from its own records. */
public enum FidelityItem {

    CASELOAD,
    RAPID_JOB_SEARCH,
    INDIVIDUALIZED_JOB_SEARCH,
    FREQUENT_EMPLOYER_CONTACT,
    QUALITY_OF_EMPLOYER_CONTACT,
    DIVERSITY_OF_JOB_TYPES,
    DIVERSITY_OF_EMPLOYERS,
    COMPETITIVE_JOBS,
    COMMUNITY_BASED_SERVICES;
}
