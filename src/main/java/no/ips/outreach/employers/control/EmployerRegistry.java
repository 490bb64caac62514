package no.ips.outreach.employers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.ContactChannel;
import no.ips.outreach.employers.entity.ContactPerson;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.OrganisationNumber;
import no.ips.outreach.employers.entity.RegisterLink;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.registers.entity.PostcodeCentroids;

/** Registers, describes and archives employers and their contact persons. */
@ApplicationScoped
@Transactional
public class EmployerRegistry {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    EmployerStore store;

    @Inject
    Clock clock;

    public Employer register(Country country, String typedOrgNumber, EmployerProfile profile) {
        return register(country, typedOrgNumber, profile, null);
    }

    /** Registers an employer taken from a public register, linked to the unit it came from. */
    public Employer register(Country country, String typedOrgNumber, EmployerProfile profile, RegisterLink link) {
        String orgNumber = OrganisationNumber.normalized(typedOrgNumber);
        requireValidAndFree(country, orgNumber, link == null ? null : link.pNumber(), null);
        Employer employer = new Employer(country, orgNumber, profile, clock.instant());
        if (link != null) {
            employer.takenFrom(link.kind(), link.number(), link.pNumber(), link.closedOn());
        }
        locate(employer);
        em.persist(employer);
        em.flush();
        return employer;
    }

    public Employer update(long id, long expectedVersion, Country country, String typedOrgNumber, EmployerProfile profile) {
        String orgNumber = OrganisationNumber.normalized(typedOrgNumber);
        Employer employer = current(id, expectedVersion);
        requireValidAndFree(country, orgNumber, employer.pNumber(), id);
        employer.identify(country, orgNumber);
        employer.describe(profile, clock.instant());
        locate(employer);
        em.flush();
        return employer;
    }

    /** Without coordinates an employer is placed at its postcode's centroid, so that routes and matching reach it. */
    private static void locate(Employer employer) {
        Address address = employer.address();
        employer.locate(address == null ? Optional.empty()
                : PostcodeCentroids.of(employer.country().name(), address.postcode()));
    }

    public Employer archive(long id) {
        Employer employer = existing(id);
        employer.archive(clock.instant());
        em.flush();
        return employer;
    }

    public Employer restore(long id) {
        Employer employer = existing(id);
        employer.restore(clock.instant());
        em.flush();
        return employer;
    }

    public ContactPerson addContactPerson(long employerId, String name, String role, String phone, String email,
                                          ContactChannel channel) {
        existing(employerId);
        ContactPerson person = new ContactPerson(employerId, name, role, phone, email, channel);
        em.persist(person);
        em.flush();
        return person;
    }

    public ContactPerson updateContactPerson(long employerId, long personId, long expectedVersion, String name,
                                             String role, String phone, String email, ContactChannel channel) {
        ContactPerson person = contactPerson(employerId, personId);
        ProblemException.requireVersion("contact person", person.version(), expectedVersion);
        person.update(name, role, phone, email, channel);
        em.flush();
        return person;
    }

    public ContactPerson contactPerson(long employerId, long personId) {
        ContactPerson person = em.find(ContactPerson.class, personId);
        if (person == null || !person.worksFor(employerId)) {
            throw ProblemException.notFound("Contact person", Messages.get("employer.contact-person.at", String.valueOf(personId), String.valueOf(employerId)));
        }
        return person;
    }

    /** A read: it joins the caller's transaction if there is one and starts none (a JTA transaction costs more than it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Employer existing(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("Employer", id));
    }

    private Employer current(long id, long expectedVersion) {
        Employer employer = existing(id);
        ProblemException.requireVersion("employer", employer.version(), expectedVersion);
        return employer;
    }

    /** One employer per workplace: per P-number when it has one (a Danish P-unit), else per organisation number. */
    private void requireValidAndFree(Country country, String orgNumber, String pNumber, Long self) {
        OrganisationNumber.problem(country, orgNumber)
                .ifPresent(problem -> {
                    throw ProblemException.invalid("orgNumber", problem);
                });
        store.findByIdentity(country, pNumber == null ? orgNumber : pNumber)
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    if (pNumber != null) {
                        throw ProblemException.conflict(Messages.get("registers.employer.p-number-taken", pNumber,
                                existing.name(), String.valueOf(existing.id())));
                    }
                    throw ProblemException.conflict(Messages.get("employer.org-number.taken", orgNumber, existing.name(),
                            String.valueOf(existing.id())));
                });
    }
}
