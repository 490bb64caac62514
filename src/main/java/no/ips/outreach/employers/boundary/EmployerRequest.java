package no.ips.outreach.employers.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.platform.entity.NaceDivisions;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/** What a client sends to register or update an employer. */
public record EmployerRequest(
        @NotNull(message = "{outreach.v.country}") Country country,
        @NotBlank String orgNumber,
        @NotBlank @Size(max = Employer.NAME_LENGTH) String name,
        @NotBlank @Pattern(regexp = "\\d{2}(\\.\\d{1,3})?", message = "{outreach.v.nace}") String naceCode,
        @PositiveOrZero @Max(value = 1_000_000, message = "{outreach.v.employees}") Integer employees,
        @Valid AddressPayload address,
        @Size(max = Employer.WEBSITE_LENGTH) String website,
        @Pattern(regexp = "[+0-9 ()-]{3," + Employer.PHONE_LENGTH + "}", message = "{outreach.v.phone}") String phone,
        @Size(max = Employer.NEEDS_LENGTH) String businessNeeds,
        RelationshipStage stage,
        Boolean doNotContact,
        @Size(max = Employer.REASON_LENGTH) String doNotContactReason,
        @Size(max = MAX_TAGS, message = "{outreach.v.tags}") Set<String> tags) {

    static final int MAX_TAGS = 20;

    EmployerProfile toProfile() {
        boolean dnc = Boolean.TRUE.equals(doNotContact);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (dnc && (doNotContactReason == null || doNotContactReason.isBlank())) {
            errors.add(new Problem.FieldError("doNotContactReason", Messages.get("employer.do-not-contact.reason")));
        }
        if (naceCode != null && NaceDivisions.problem(naceCode) != null) {
            errors.add(new Problem.FieldError("naceCode", NaceDivisions.problem(naceCode)));
        }
        if (address != null && (address.latitude() == null) != (address.longitude() == null)) {
            errors.add(new Problem.FieldError("address", Messages.get("employer.coordinates.both")));
        }
        if (tags != null && tags.stream().anyMatch(tag -> tag == null || tag.isBlank() || tag.length() > Employer.TAG_LENGTH)) {
            errors.add(new Problem.FieldError("tags", Messages.get("employer.tag.length", String.valueOf(Employer.TAG_LENGTH))));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new EmployerProfile(name, naceCode, employees, address == null ? null : address.toAddress(), website,
                phone, businessNeeds, stage, dnc, doNotContactReason, tags == null ? Set.of() : tags);
    }
}
