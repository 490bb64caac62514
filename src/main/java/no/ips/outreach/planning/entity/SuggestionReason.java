package no.ips.outreach.planning.entity;

/**
 * Why the planner suggests visiting an employer this week, most urgent first. The weight orders suggestions: what a
 * participant is waiting for comes before keeping relationships warm.
 */
public enum SuggestionReason {
    /** A participant said they are interested in an opening, and the employer has not been approached about them. */
    INTRODUCTION_PENDING(90),
    /** A participant in job search is close to 30 days since enrolment without a face-to-face employer contact. */
    FIRST_CONTACT_DUE(85),
    /** A visit's next step falls due this week or is overdue. */
    FOLLOW_UP_DUE(80),
    /** A participant in job search has had no employer contact on their behalf for 14 days or more. */
    JOB_SEARCH_STALLED(75),
    /** Follow-along support for an employed participant is due: weekly in the first month of a job, monthly after. */
    FOLLOW_ALONG_DUE(70),
    /** No suitable opening exists for a participant; matching found employers worth talking to. */
    EMPLOYER_TO_APPROACH(50),
    /** A partner employer has had no contact from the team for 90 days or more. */
    DORMANT_PARTNER(40);

    private final int weight;

    SuggestionReason(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
