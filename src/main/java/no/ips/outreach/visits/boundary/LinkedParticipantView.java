package no.ips.outreach.visits.boundary;

import no.ips.outreach.participants.entity.Disclosure;

/** A participant a visit was for, shown only to their own specialist and the team's managers. */
public record LinkedParticipantView(long participantId, String alias, Disclosure disclosure) {
}
