package no.ips.outreach.audit.entity;

/**
 * Why a visit of the week does not count toward a figure, as a stable code and in plain words. These are the audit's
 * own rules ({@link no.ips.outreach.visits.entity.ContactFacts}): only a meeting in person is a face-to-face contact;
 * only meetings in person and events take the specialist out into the community; a contact counts in the week of the
 * day it started (Europe/Oslo); a void visit counts for nothing.
 */
public enum NotCounted {
    VOIDED("voided: it stays in the log, but counts in no figure"),
    OUTSIDE_WEEK("started before the week: a contact counts on the day it started, in Norway's and Denmark's time"),
    PHONE("a phone call: not face to face, and it takes nobody out of the office"),
    VIDEO("a video call: not face to face, and it takes nobody out of the office"),
    EMAIL("an e-mail: not face to face, and it takes nobody out of the office"),
    EVENT("an event such as a job fair: time in the community, but not a face-to-face employer contact");

    private final String explanation;

    NotCounted(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
