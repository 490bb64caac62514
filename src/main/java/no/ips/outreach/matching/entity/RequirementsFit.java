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
        if (meets(seeker, opening)) {
            return Assessment.of(1, () -> {
                List<String> met = new ArrayList<>(2);
                if (opening.drivingLicence()) {
                    met.add("driving licence");
                }
                Set<String> languages = lower(opening.languages());
                if (!languages.isEmpty()) {
                    met.add("languages " + String.join(", ", languages));
                }
                return met.isEmpty() ? "No special requirements" : "They meet its requirements (" + String.join("; ", met) + ")";
            });
        }
        return Assessment.excluded(() -> "The opening " + lacks(seeker, opening) + ", which they do not list",
                () -> lacks(seeker, opening));
    }

    static boolean excludes(SeekerProfile seeker, OpeningProfile opening) {
        return !meets(seeker, opening);
    }

    /** Checked without building any collection: this runs for every opening a participant is ranked against. */
    private static boolean meets(SeekerProfile seeker, OpeningProfile opening) {
        if (opening.drivingLicence() && !seeker.drivingLicence()) {
            return false;
        }
        if (opening.languages() != null) {
            for (String needed : opening.languages()) {
                if (needed != null && !needed.isBlank() && !speaks(seeker, needed.trim())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean speaks(SeekerProfile seeker, String language) {
        if (seeker.languages() != null) {
            for (String spoken : seeker.languages()) {
                if (spoken != null && spoken.trim().equalsIgnoreCase(language)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "needs a driving licence; needs en", in that order. */
    private static String lacks(SeekerProfile seeker, OpeningProfile opening) {
        List<String> lacks = new ArrayList<>(2);
        if (opening.drivingLicence() && !seeker.drivingLicence()) {
            lacks.add("needs a driving licence");
        }
        Set<String> missing = lower(opening.languages());
        missing.removeAll(lower(seeker.languages()));
        if (!missing.isEmpty()) {
            lacks.add("needs " + String.join(", ", missing));
        }
        return String.join("; ", lacks);
    }

    private static Set<String> lower(Set<String> codes) {
        Set<String> lower = new TreeSet<>();
        if (codes != null) {
            codes.stream().filter(code -> code != null && !code.isBlank()).map(code -> code.trim().toLowerCase(Locale.ROOT)).forEach(lower::add);
        }
        return lower;
    }
}
