package no.ips.outreach.matching.entity;

import java.util.List;
import java.util.function.Function;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;

/**
 * How close the opening's ISCO-08 code is to the occupations the participant chose, in their order of priority. The
 * hierarchy is the code prefix, so closeness is the number of leading digits shared: the same unit group (4) beats
 * the same minor group (3), sub-major (2) and major group (1). The best of their choices counts.
 */
final class OccupationFit {

    private static final double[] LEVEL_SHARE = {0, 0.2, 0.4, 0.7, 1.0};
    private static final double PRIORITY_STEP = 0.1;
    private static final double LOWEST_PRIORITY = 0.5;

    private OccupationFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening, Function<String, String> titles) {
        List<String> choices = seeker.occupations() == null ? List.of() : seeker.occupations();
        if (choices.isEmpty()) {
            return Assessment.of(0, () -> Messages.get("why.occupation.none"));
        }
        String code = opening.occupationCode();
        if (code == null || code.isBlank()) {
            return Assessment.of(0, () -> Messages.get("why.occupation.no-code"));
        }
        return Assessment.of(share(choices, code), () -> explanation(choices, code, titles));
    }

    /** The share earned: the best of their choices, by closeness in the hierarchy and by their priority. */
    static double share(SeekerProfile seeker, OpeningProfile opening) {
        List<String> choices = seeker.occupations() == null ? List.of() : seeker.occupations();
        String code = opening.occupationCode();
        return choices.isEmpty() || code == null || code.isBlank() ? 0 : share(choices, code);
    }

    private static double share(List<String> choices, String code) {
        return choices.isEmpty() ? 0 : bestShare(choices, code, best(choices, code));
    }

    /** The index of the choice that earns the most, or -1 when none shares even the major group. */
    private static int best(List<String> choices, String code) {
        int best = -1;
        double bestShare = 0;
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (choice == null || choice.isEmpty()) {
                continue;
            }
            double share = levelShare(sharedDigits(choice, code), choice) * priorityShare(i);
            if (share > bestShare) {
                best = i;
                bestShare = share;
            }
        }
        return best;
    }

    private static double bestShare(List<String> choices, String code, int best) {
        return best < 0 ? 0 : levelShare(sharedDigits(choices.get(best), code), choices.get(best)) * priorityShare(best);
    }

    private static String explanation(List<String> choices, String code, Function<String, String> titles) {
        int best = best(choices, code);
        if (best < 0) {
            return Messages.get("why.occupation.other-field", named(code, titles));
        }
        String choice = choices.get(best);
        int rank = best + 1;
        int shared = sharedDigits(choice, code);
        if (shared == choice.length()) {
            return shared == code.length() ? Messages.get("why.occupation.choice", named(code, titles), ordinal(rank))
                    : Messages.get("why.occupation.within-choice", named(code, titles), ordinal(rank), group(choice, titles));
        }
        return Messages.get("why.occupation.same-group." + shared, ordinal(rank), group(code.substring(0, shared), titles));
    }

    /** 1.0 for the 1st choice, 0.1 less for each later one, never below 0.5. */
    static double priorityShare(int index) {
        return Math.max(LOWEST_PRIORITY, 1 - PRIORITY_STEP * index);
    }

    /** A choice the opening falls wholly within (the same unit group, or a broader group they chose) counts fully. */
    private static double levelShare(int shared, String choice) {
        return shared > 0 && shared == choice.length() ? 1.0 : LEVEL_SHARE[Math.min(shared, 4)];
    }

    private static int sharedDigits(String a, String b) {
        int n = Math.min(4, Math.min(a.length(), b.length()));
        int shared = 0;
        while (shared < n && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    /** "Cooks (5120)", or the bare code when its title is unknown. */
    private static String named(String code, Function<String, String> titles) {
        String title = titles.apply(code);
        return title == null ? code : title + " (" + code + ")";
    }

    /** "512 Cooks", or the bare code when its title is unknown. */
    private static String group(String code, Function<String, String> titles) {
        String title = titles.apply(code);
        return title == null ? code : code + " " + title;
    }

    /** "1st" in English, "1." in bokmål and Danish. */
    static String ordinal(int n) {
        if (RequestLanguage.current() != Language.EN) {
            return n + ".";
        }
        if (n % 100 >= 11 && n % 100 <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
