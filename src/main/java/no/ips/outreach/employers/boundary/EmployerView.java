package no.ips.outreach.employers.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.control.EmployerMatch;
import no.ips.outreach.employers.entity.ContactSummary;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.RelationshipStage;

/**
 * An employer as the API shows it, with the relationship stage and the contact history that it is derived from.
 * {@code distanceKm} is the great-circle distance from the searched point, present only in distance searches;
 * {@code register} is the register unit an employer was taken from, with the fields a person has set by hand since
 * (a re-import leaves those); {@code pNumber} a Danish workplace's P-number beside its CVR number.
 * {@code positionApproximate} says the coordinates are the postcode's centroid, given to an employer registered
 * without coordinates; sending exact ones replaces it. {@code contactPersons} only when one employer is read, so that its card needs no second call.
 */
public record EmployerView(
        long id,
        long version,
        Country country,
        String orgNumber,
        String pNumber,
        String name,
        String naceCode,
        Integer employees,
        AddressPayload address,
        boolean positionApproximate,
        String website,
        String phone,
        RelationshipStage stage,
        boolean stageSetByHand,
        String businessNeeds,
        boolean doNotContact,
        String doNotContactReason,
        Set<String> tags,
        boolean archived,
        Instant archivedAt,
        long contactCount,
        long faceToFaceCount,
        Instant lastContactAt,
        Instant lastFaceToFaceAt,
        Double distanceKm,
        RegisterLinkView register,
        List<ContactPersonView> contactPersons) {

    static EmployerView of(EmployerMatch match, Instant now) {
        return of(match.employer(), match.contacts(), match.distanceKm(), now);
    }

    static EmployerView of(Employer e, ContactSummary contacts, Double distanceKm, Instant now) {
        return new EmployerView(e.id(), e.version(), e.country(), e.orgNumber(), e.pNumber(), e.name(), e.naceCode(), e.employees(),
                AddressPayload.of(e.address()), e.positionApproximate(), e.website(), e.phone(), e.stage(contacts, now), e.stageSetByHand() != null,
                e.businessNeeds(), e.doNotContact(), e.doNotContactReason(), e.tags(), e.isArchived(), e.archivedAt(),
                contacts.contactCount(), contacts.faceToFaceCount(), contacts.lastContactAt(), contacts.lastFaceToFaceAt(),
                distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0, RegisterLinkView.of(e), null);
    }

    EmployerView withContactPersons(List<ContactPersonView> people) {
        return new EmployerView(id, version, country, orgNumber, pNumber, name, naceCode, employees, address, positionApproximate, website, phone, stage,
                stageSetByHand, businessNeeds, doNotContact, doNotContactReason, tags, archived, archivedAt, contactCount,
                faceToFaceCount, lastContactAt, lastFaceToFaceAt, distanceKm, register, List.copyOf(people));
    }
}
