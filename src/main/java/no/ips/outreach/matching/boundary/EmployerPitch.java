package no.ips.outreach.matching.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;

/**
 * What a specialist may tell an employer about a participant, and nothing more: with no consent, that there is a
 * candidate; with general consent, their wishes and strengths; with specific consent, also the words they gave.
 */
@ApplicationScoped
class EmployerPitch {

    @Inject
    OccupationCatalogue occupations;

    String of(Participant participant) {
        Disclosure consent = participant.disclosure();
        if (consent == Disclosure.NONE) {
            return "A jobseeker from our IPS service who is interested in this kind of work.";
        }
        var preferences = participant.preferences();
        StringBuilder text = new StringBuilder("Interested in ");
        text.append(preferences.occupations().stream()
                .map(code -> occupations.find(code).map(Occupation::title).orElse(code))
                .collect(Collectors.joining(", ")));
        if (preferences.hoursMin() != null || preferences.hoursMax() != null) {
            text.append("; wants ").append(preferences.hoursMin() == null ? "up to " : preferences.hoursMin().stripTrailingZeros().toPlainString() + "-")
                    .append(preferences.hoursMax() == null ? "" : preferences.hoursMax().stripTrailingZeros().toPlainString()).append(" hours a week");
        }
        if (!preferences.shifts().isEmpty()) {
            text.append("; ").append(preferences.shifts().stream().map(s -> s.name().toLowerCase()).sorted()
                    .collect(Collectors.joining(", "))).append(" shifts");
        }
        text.append('.');
        if (preferences.strengths() != null) {
            text.append(" Strengths: ").append(preferences.strengths()).append('.');
        }
        if (consent == Disclosure.SPECIFIC && participant.profile().disclosureText() != null) {
            text.append(' ').append(participant.profile().disclosureText());
        }
        return text.toString();
    }
}
