package no.ips.outreach.visits.boundary;

import jakarta.validation.constraints.NotNull;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.visits.entity.ParticipantLink;

/** A participant from the caller's own caseload the visit was for, and what the employer was told about them. */
public record ParticipantLinkPayload(
        @NotNull Long participantId,
        @NotNull(message = "{outreach.v.disclosure-consented}") Disclosure disclosure) {

    public ParticipantLink toLink() {
        return new ParticipantLink(participantId, disclosure);
    }
}
