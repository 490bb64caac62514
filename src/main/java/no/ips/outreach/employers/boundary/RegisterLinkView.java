package no.ips.outreach.employers.boundary;

import java.time.LocalDate;
import java.util.List;
import no.ips.outreach.employers.entity.Employer;

/**
 * The register unit an employer was taken from: its kind and number, the day the register closed it (if it has), and
 * the fields a person has changed since, which a re-import does not overwrite.
 */
public record RegisterLinkView(String kind, String number, LocalDate closedOn, List<String> setByHand) {

    static RegisterLinkView of(Employer e) {
        return e.registerKind() == null ? null
                : new RegisterLinkView(e.registerKind(), e.registerNumber(), e.registerClosedOn(), e.handSetFields().stream().sorted().toList());
    }
}
