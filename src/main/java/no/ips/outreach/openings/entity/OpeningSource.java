package no.ips.outreach.openings.entity;

/** How the specialist came to know of the job. */
public enum OpeningSource {
    /** Created with the employer during a visit, often never advertised: job development proper. */
    DEVELOPED_THROUGH_VISIT,
    /** Published by the employer, for anyone to apply. */
    ADVERTISED,
    /** The employer called or wrote to the specialist. */
    EMPLOYER_GOT_IN_TOUCH
}
