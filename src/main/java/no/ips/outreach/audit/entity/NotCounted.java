package no.ips.outreach.audit.entity;

import no.ips.outreach.platform.language.Messages;

/**
 * Why a visit of the week does not count toward a figure, as a stable code and in plain words. These are the audit's
 * own rules ({@link no.ips.outreach.visits.entity.ContactFacts}): only a meeting in person is a face-to-face contact;
 * only meetings in person and events take the specialist out into the community; a contact counts in the week of the
 * day it started (Europe/Oslo); a void visit counts for nothing.
 */
public enum NotCounted {
    VOIDED, OUTSIDE_WEEK, PHONE, VIDEO, EMAIL, EVENT;

    /** In the reader's language: the bundles' {@code audit.not-counted.*}. */
    public String explanation() {
        return Messages.get("audit.not-counted." + name());
    }
}
