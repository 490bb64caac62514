package no.ips.outreach.registers.control;

import no.ips.outreach.platform.language.Language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;
import no.ips.outreach.employers.control.EmployerRegistry;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.employers.entity.EmployerProfile;
import no.ips.outreach.employers.entity.RegisterLink;
import no.ips.outreach.platform.entity.NaceDivisions;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.registers.entity.RegisterUnit;
import no.ips.outreach.registers.entity.UnitKind;
import no.ips.outreach.registers.entity.UnitRow;

/**
 * Adds an employer from a register unit, linked to it: name, address, industry and size as the register has them,
 * the position at the postcode's centroid, and for a Danish unit with advertising protection, do-not-contact with
 * that reason.
 */
@ApplicationScoped
@Transactional
public class EmployersFromRegister {

    /** Stored with the employer when it is imported, in Danish: the register and the specialists who read it are Danish. */
    public static final String ADVERTISING_PROTECTION = Messages.get(Language.DA, "registers.advertising-protection");

    @Inject
    RegisterUnits units;

    @Inject
    EmployerRegistry registry;

    public Employer add(String number) {
        UnitRow row = units.byNumber(number).orElseThrow(() -> ProblemException.notFound("Register unit", number));
        RegisterUnit unit = row.unit();
        if (unit.naceCode() == null) {
            throw ProblemException.unprocessable(Messages.get("registers.employer.no-industry", unit.name(), number));
        }
        if (NaceDivisions.problem(unit.naceCode()) != null) {
            throw ProblemException.unprocessable(Messages.get("registers.employer.unknown-industry", unit.naceCode(),
                    unit.naceVersion(), unit.name()));
        }
        boolean danish = unit.kind() == UnitKind.P_UNIT;
        if (danish && unit.parentNumber() == null) {
            throw ProblemException.unprocessable(Messages.get("registers.employer.no-cvr", number));
        }
        String street = unit.street() == null || unit.street().length() <= Address.STREET_LENGTH ? unit.street()
                : unit.street().substring(0, Address.STREET_LENGTH);
        EmployerProfile profile = new EmployerProfile(unit.name().length() <= Employer.NAME_LENGTH ? unit.name()
                : unit.name().substring(0, Employer.NAME_LENGTH), unit.naceCode(), unit.employees(),
                new Address(street, unit.postcode(), unit.city(), unit.municipalityCode(), null, null), null, null, null,
                null, unit.advertisingProtected(), unit.advertisingProtected() ? ADVERTISING_PROTECTION : null, Set.of());
        return registry.register(danish ? Country.DK : Country.NO, danish ? unit.parentNumber() : unit.number(), profile,
                new RegisterLink(unit.kind().name(), unit.number(), danish ? unit.number() : null, unit.closedOn()));
    }
}
