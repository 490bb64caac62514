package no.ips.outreach.visits.entity;

import no.ips.outreach.participants.entity.Disclosure;

/** A participant a visit was on behalf of, and how much of them was disclosed to the employer. */
public record ParticipantLink(long participantId, Disclosure disclosure) {

    String text() {
        return participantId + ":" + disclosure;
    }
}
