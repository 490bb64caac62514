package no.ips.outreach.matching.decisions.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.ips.outreach.matching.decisions.entity.MatchDecision;

/** Proposes an opening to a participant in the caller's caseload, optionally saying why it fits. */
public record ProposalRequest(@NotNull Long participantId, @NotNull Long openingId,
                              @Size(max = MatchDecision.REASON_LENGTH) String reason) {
}
