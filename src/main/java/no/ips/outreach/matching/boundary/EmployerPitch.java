package no.ips.outreach.matching.boundary;

import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.employers.control.EmployerStore;
import no.ips.outreach.openings.control.OpeningStore;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import no.ips.outreach.occupations.control.OccupationCatalogue;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.Participant;

/**
 * What a specialist may tell an employer about a participant, and nothing more: with no consent, that there is a
 * candidate; with general consent, their wishes and strengths; with specific consent, also the words they gave. It is
 * written in the employer's language (Norwegian in Norway, Danish in Denmark), since the employer is who hears it; the
 * participant's own words stay as they gave them.
 */
@ApplicationScoped
class EmployerPitch {

    @Inject
    OccupationCatalogue occupations;

    @Inject
    OpeningStore openings;

    @Inject
    EmployerStore employers;

    /** The language of the employer of this opening; an explicit choice (nb, da, en) wins. */
    Language languageFor(long openingId, String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            return Language.of(chosen).orElseThrow(() -> ProblemException.invalid("employerLanguage",
                    Messages.get("language.unknown", chosen, String.join(", ", Language.codes()))));
        }
        return openings.find(openingId).flatMap(opening -> employers.find(opening.employerId()))
                .map(employer -> languageOf(employer.country())).orElse(Language.DEFAULT);
    }

    /** The language an employer in this country hears. */
    static Language languageOf(Country country) {
        return country == Country.DK ? Language.DA : Language.NB;
    }

    String of(Participant participant, Language language) {
        Disclosure consent = participant.disclosure();
        if (consent == Disclosure.NONE) {
            return Messages.get(language, "pitch.anonymous");
        }
        var preferences = participant.preferences();
        StringBuilder text = new StringBuilder(Messages.get(language, "pitch.interested-in", preferences.occupations().stream()
                .map(code -> occupations.find(code).map(occupation -> occupation.title(language)).orElse(code))
                .collect(Collectors.joining(", "))));
        if (preferences.hoursMin() != null || preferences.hoursMax() != null) {
            String hours = (preferences.hoursMin() == null ? "" : number(preferences.hoursMin(), language))
                    + (preferences.hoursMin() != null && preferences.hoursMax() != null ? "–" : "")
                    + (preferences.hoursMax() == null ? "" : number(preferences.hoursMax(), language));
            String key = preferences.hoursMax() == null ? "pitch.hours.at-least" : preferences.hoursMin() == null ? "pitch.hours.up-to" : "pitch.hours";
            text.append("; ").append(Messages.get(language, key, hours));
        }
        if (!preferences.shifts().isEmpty()) {
            text.append("; ").append(Messages.get(language, "pitch.shifts", preferences.shifts().stream()
                    .map(shift -> Messages.label(language, shift).toLowerCase(language.locale())).sorted()
                    .collect(Collectors.joining(", "))));
        }
        text.append('.');
        if (preferences.strengths() != null) {
            text.append(' ').append(Messages.get(language, "pitch.strengths", preferences.strengths()));
        }
        if (consent == Disclosure.SPECIFIC && participant.profile().disclosureText() != null) {
            text.append(' ').append(participant.profile().disclosureText());
        }
        return text.toString();
    }

    private static String number(java.math.BigDecimal value, Language language) {
        String plain = value.stripTrailingZeros().toPlainString();
        return language == Language.EN ? plain : plain.replace('.', ',');
    }
}
