package no.ips.outreach.matching.boundary;

import java.time.Instant;
import java.util.List;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.matching.control.EmployerToApproach;

/**
 * An employer to go and talk to for a participant, why, and which colleague knows it best. {@code positionApproximate}
 * says the distance is measured to the employer's postcode centroid, not its own position.
 */
public record EmployerToApproachView(long employerId, String name, String naceCode, int score, List<String> reasons,
                                     RelationshipStage stage, Double distanceKm, boolean positionApproximate, Instant teamLastVisitedAt, String colleague) {

    static EmployerToApproachView of(EmployerToApproach approach) {
        return new EmployerToApproachView(approach.employer().id(), approach.employer().name(), approach.employer().naceCode(),
                approach.score(), approach.reasons(), approach.stage(),
                approach.distanceKm() == null ? null : Math.round(approach.distanceKm() * 10) / 10.0,
                approach.employer().positionApproximate(),
                approach.teamLastVisitedAt(), approach.colleague());
    }
}
