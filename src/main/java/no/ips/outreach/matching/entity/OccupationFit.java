package no.ips.outreach.matching.entity;

import java.util.List;
import java.util.function.Function;

/**
 * How close the opening's ISCO-08 code is to the occupations the participant chose, in their order of priority. The
 * hierarchy is the code prefix, so closeness is the number of leading digits shared: the same unit group (4) beats
 * the same minor group (3), sub-major (2) and major group (1). The best of their choices counts.
 */
final class OccupationFit {

    private static final double[] LEVEL_SHARE = {0, 0.2, 0.4, 0.7, 1.0};
    private static final String[] LEVEL_NAME = {"", "major", "sub-major", "minor", "unit"};
    private static final double PRIORITY_STEP = 0.1;
    private static final double LOWEST_PRIORITY = 0.5;

    private OccupationFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening, Function<String, String> titles) {
        List<String> choices = seeker.occupations() == null ? List.of() : seeker.occupations();
        if (choices.isEmpty()) {
            return Assessment.of(0, () -> "No occupations stated");
        }
        String code = opening.occupationCode();
        if (code == null || code.isBlank()) {
            return Assessment.of(0, () -> "The opening has no occupation code");
        }
        int best = -1;
        int bestShared = 0;
        double bestShare = 0;
        for (int i = 0; i < choices.size(); i++) {
            String choice = choices.get(i);
            if (choice == null || choice.isEmpty()) {
                continue;
            }
            int shared = sharedDigits(choice, code);
            double share = levelShare(shared, choice) * priorityShare(i);
            if (share > bestShare) {
                best = i;
                bestShared = shared;
                bestShare = share;
            }
        }
        if (best < 0) {
            return Assessment.of(0, () -> named(code, titles) + " is not in the same major group as any of their choices");
        }
        String choice = choices.get(best);
        int rank = best + 1;
        int shared = bestShared;
        if (shared == choice.length()) {
            return Assessment.of(bestShare, () -> named(code, titles) + " is their " + ordinal(rank) + " choice"
                    + (shared == code.length() ? "" : " (within " + group(choice, titles) + ")"));
        }
        return Assessment.of(bestShare, () -> "Same " + LEVEL_NAME[shared] + " group as their " + ordinal(rank)
                + " choice (" + group(code.substring(0, shared), titles) + ")");
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

    static String ordinal(int n) {
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
