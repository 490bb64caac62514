package no.ips.outreach.employers.boundary;

import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.ContactPerson;

public record ContactPersonView(long id, long version, long employerId, String name, String role, String phone,
                                String email, ContactChannel preferredChannel) {

    static ContactPersonView of(ContactPerson p) {
        return new ContactPersonView(p.id(), p.version(), p.employerId(), p.name(), p.role(), p.phone(), p.email(),
                p.preferredChannel());
    }
}
