package no.ips.outreach.participants.control;

import no.ips.outreach.participants.entity.ParticipantStatus;

/** What a list of participants is narrowed to, within what the caller may see anyway. */
public record ParticipantFilter(ParticipantStatus status, String specialist, String text) {
}
