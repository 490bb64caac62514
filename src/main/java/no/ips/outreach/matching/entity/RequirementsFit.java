package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What the opening requires (a driving licence, languages) against what the participant has; a lack excludes. */
final class RequirementsFit {

    private RequirementsFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening) {
        if (!opening.drivingLicence() && (opening.languages() == null || opening.languages().isEmpty())) {
            return Assessment.of(1, () -> "No special requirements");
        }
        List<String> lacks = new ArrayList<>(2);
        if (opening.drivingLicence() && !seeker.drivingLicence()) {
            lacks.add("needs a driving licence");
        }
        Set<String> missing = lower(opening.languages());
        missing.removeAll(lower(seeker.languages()));
        if (!missing.isEmpty()) {
            lacks.add("needs " + String.join(", ", missing));
        }
        if (!lacks.isEmpty()) {
            String reason = String.join("; ", lacks);
            return Assessment.excluded(() -> "The opening " + reason + ", which they do not list", () -> reason);
        }
        List<String> met = new ArrayList<>(2);
        if (opening.drivingLicence()) {
            met.add("driving licence");
        }
        Set<String> languages = lower(opening.languages());
        if (!languages.isEmpty()) {
            met.add("languages " + String.join(", ", languages));
        }
        return Assessment.of(1, () -> met.isEmpty() ? "No special requirements" : "They meet its requirements (" + String.join("; ", met) + ")");
    }

    private static Set<String> lower(Set<String> codes) {
        Set<String> lower = new TreeSet<>();
        if (codes != null) {
            codes.stream().filter(code -> code != null && !code.isBlank()).map(code -> code.trim().toLowerCase(Locale.ROOT)).forEach(lower::add);
        }
        return lower;
    }
}
