package no.ips.outreach.visits.entity;

/** The five levels of the IPS fidelity item "quality of employer contact", lowest first. */
public enum ContactQuality {
    /** Met the employer only to drop off applications. */
    DROPS_OFF_APPLICATIONS(1),
    /** Asked about openings and passed on leads. */
    ASKS_ABOUT_OPENINGS(2),
    /** Followed up advertised openings and asked for interviews. */
    FOLLOWS_UP_OPENINGS(3),
    /** Visited with or without openings and described participants' strengths. */
    DESCRIBES_STRENGTHS(4),
    /** One of several planned visits to learn the employer's needs and offer support. */
    LEARNS_EMPLOYER_NEEDS(5);

    private final int level;

    ContactQuality(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }
}
