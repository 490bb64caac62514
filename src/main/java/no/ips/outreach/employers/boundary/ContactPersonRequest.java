package no.ips.outreach.employers.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.ContactPerson;

public record ContactPersonRequest(
        @NotBlank @Size(max = ContactPerson.NAME_LENGTH) String name,
        @Size(max = ContactPerson.ROLE_LENGTH) String role,
        @Pattern(regexp = "[+0-9 ()-]{3," + ContactPerson.PHONE_LENGTH + "}", message = "{outreach.v.phone}") String phone,
        @Email @Size(max = ContactPerson.EMAIL_LENGTH) String email,
        ContactChannel preferredChannel) {
}
