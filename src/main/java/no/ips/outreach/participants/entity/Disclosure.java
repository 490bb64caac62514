package no.ips.outreach.participants.entity;

/**
 * What a participant allows their specialist to tell employers about them. Ordered from least to most: a visit may
 * use a level up to the one the participant gave, never beyond.
 */
public enum Disclosure {
    /** The specialist may not name or describe the participant. */
    NONE,
    /** Strengths and wishes, without the participant's situation. */
    GENERAL,
    /** What the participant has written down may be said. */
    SPECIFIC;

    public boolean permits(Disclosure used) {
        return used.ordinal() <= ordinal();
    }
}
