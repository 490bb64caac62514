package no.ips.outreach.matching.control;

import java.time.Instant;
import java.util.List;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;

/**
 * An employer worth a visit for a participant although it has no suitable opening: the outbound principle. The
 * colleague is the team member with the most recent face-to-face contact there.
 */
public record EmployerToApproach(Employer employer, int score, List<String> reasons, RelationshipStage stage,
                                 Double distanceKm, Instant teamLastVisitedAt, String colleague) {
}
