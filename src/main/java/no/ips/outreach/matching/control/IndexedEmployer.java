package no.ips.outreach.matching.control;

import no.ips.outreach.employers.entity.RelationshipStage;

/** Where an employer is and what choosing it to approach needs first, kept in the index for employers with coordinates. */
public record IndexedEmployer(long id, String naceCode, double latitude, double longitude, boolean doNotContact,
                              RelationshipStage stageSetByHand) {
}
