package no.ips.outreach.matching.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.platform.language.Messages;

/** What the opening requires (a driving licence, languages) against what the participant has; a lack excludes. */
final class RequirementsFit {

    private RequirementsFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening) {
        if (!opening.drivingLicence() && (opening.languages() == null || opening.languages().isEmpty())) {
            return Assessment.of(1, () -> Messages.get("why.requirements.none"));
        }
        if (meets(seeker, opening)) {
            return Assessment.of(1, () -> {
                List<String> met = new ArrayList<>(2);
                if (opening.drivingLicence()) {
                    met.add(Messages.get("why.requirements.driving-licence"));
                }
                Set<String> languages = lower(opening.languages());
                if (!languages.isEmpty()) {
                    met.add(Messages.get("why.requirements.languages", String.join(", ", languages)));
                }
                return met.isEmpty() ? Messages.get("why.requirements.none") : Messages.get("why.requirements.met", String.join("; ", met));
            });
        }
        return Assessment.excluded(() -> Messages.get("why.requirements.lacking", lacks(seeker, opening)),
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
            lacks.add(Messages.get("why.requirements.needs-driving-licence"));
        }
        Set<String> missing = lower(opening.languages());
        missing.removeAll(lower(seeker.languages()));
        if (!missing.isEmpty()) {
            lacks.add(Messages.get("why.requirements.needs", String.join(", ", missing)));
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
