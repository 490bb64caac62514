package no.ips.outreach.audit.entity;

/** The IPS-25 items that employer outreach decides, and so the ones this service can score from its own records. */
public enum FidelityItem {

    CASELOAD("Caseload per specialist"),
    RAPID_JOB_SEARCH("Rapid job search"),
    INDIVIDUALIZED_JOB_SEARCH("Individualized job search"),
    FREQUENT_EMPLOYER_CONTACT("Frequent employer contact"),
    QUALITY_OF_EMPLOYER_CONTACT("Quality of employer contact"),
    DIVERSITY_OF_JOB_TYPES("Diversity of job types"),
    DIVERSITY_OF_EMPLOYERS("Diversity of employers"),
    COMPETITIVE_JOBS("Competitive jobs"),
    COMMUNITY_BASED_SERVICES("Community-based services");

    private final String title;

    FidelityItem(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
