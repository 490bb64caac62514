package no.ips.outreach.employers.entity;

import java.util.Set;

/** Everything about an employer that a specialist describes, apart from its registration number. */
public record EmployerProfile(
        String name,
        String naceCode,
        Integer employees,
        Address address,
        String website,
        String phone,
        String businessNeeds,
        RelationshipStage stageSetByHand,
        boolean doNotContact,
        String doNotContactReason,
        Set<String> tags) {
}
