package no.ips.outreach.employers.control;

import no.ips.outreach.employers.entity.RelationshipStage;

/**
 * What a specialist is looking for. Every field is optional; {@code nearLatitude}, {@code nearLongitude} and
 * {@code radiusKm} go together.
 */
public record EmployerSearch(
        String text,
        String municipalityCode,
        String industryPrefix,
        RelationshipStage stage,
        String tag,
        Integer notContactedForDays,
        Double nearLatitude,
        Double nearLongitude,
        Double radiusKm,
        boolean includeArchived) {

    public boolean isNear() {
        return nearLatitude != null && nearLongitude != null && radiusKm != null;
    }
}
