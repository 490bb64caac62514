package no.ips.outreach.matching.decisions.control;

import no.ips.outreach.matching.decisions.entity.MatchStage;

/** Narrows a list of matches; every part is optional. */
public record MatchFilter(Long participantId, Long openingId, MatchStage stage) {
}
