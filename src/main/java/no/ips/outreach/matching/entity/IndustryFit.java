package no.ips.outreach.matching.entity;

import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.platform.language.Messages;

/**
 * The employer's industry (NACE code, e.g. 56.101) against the participant's desired and excluded industries (NACE
 * codes or prefixes, e.g. 56 or 47.1). An excluded industry is the participant's own hard limit.
 */
final class IndustryFit {

    private IndustryFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening) {
        String nace = opening.employerNaceCode();
        Set<String> desired = seeker.desiredIndustries() == null ? Set.of() : seeker.desiredIndustries();
        Set<String> excluded = seeker.excludedIndustries() == null ? Set.of() : seeker.excludedIndustries();
        if (nace == null || nace.isBlank()) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.industry.unknown"));
        }
        String excludedHit = firstPrefixOf(nace, excluded);
        if (excludedHit != null) {
            return Assessment.excluded(() -> Messages.get("why.industry.excluded", nace, excludedHit),
                    () -> Messages.get("why.industry.excluded.short", excludedHit));
        }
        if (desired.isEmpty()) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.industry.no-preference", nace));
        }
        String desiredHit = firstPrefixOf(nace, desired);
        if (desiredHit != null) {
            return Assessment.of(1, () -> Messages.get("why.industry.wanted", nace, desiredHit));
        }
        return Assessment.of(0, () -> Messages.get("why.industry.not-wanted", nace, String.join(", ", new TreeSet<>(desired))));
    }

    static boolean excludes(SeekerProfile seeker, OpeningProfile opening) {
        String nace = opening.employerNaceCode();
        return nace != null && !nace.isBlank() && seeker.excludedIndustries() != null
                && firstPrefixOf(nace, seeker.excludedIndustries()) != null;
    }

    /** The first (in code order, so the answer never depends on set order) prefix the code starts with, or null. */
    private static String firstPrefixOf(String code, Set<String> prefixes) {
        String first = null;
        for (String prefix : prefixes) {
            if (prefix != null && !prefix.isEmpty() && code.startsWith(prefix) && (first == null || prefix.compareTo(first) < 0)) {
                first = prefix;
            }
        }
        return first;
    }
}
