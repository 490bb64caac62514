package no.ips.outreach.matching.boundary;

import java.util.List;
import no.ips.outreach.participants.entity.Disclosure;

/**
 * A participant ranked for an opening, for their specialist or manager. {@code forEmployer} is the only part meant
 * for the employer, and says no more than the participant's disclosure consent allows.
 */
public record CandidateView(long participantId, String alias, String specialist, int score, Double distanceKm,
                            Disclosure disclosure, String forEmployer, List<CriterionView> parts) {
}
