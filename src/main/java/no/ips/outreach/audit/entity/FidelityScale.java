package no.ips.outreach.audit.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;

/**
 * The employer-related IPS-25 items, scored exactly as the scale's table. The table speaks in whole numbers
 * ("21-25"), but audited figures are averages and shares, so each band is fixed here for any real number:
 * <ul>
 * <li>Caseload, participants per specialist: at most 20 scores 5, more than 20 up to 25 scores 4, more than 25 up
 * to 30 scores 3, more than 30 up to 40 scores 2, more than 40 scores 1.</li>
 * <li>Rapid job search, average days to the first face-to-face employer contact: at most 30 scores 5, up to 60
 * scores 4, up to 150 scores 3, up to 270 scores 2, more than 270 scores 1.</li>
 * <li>Individualized job search, % of contacts based on preferences: under 25 scores 1, under 50 scores 2, under
 * 75 scores 3, under 90 scores 4, 90 or more scores 5.</li>
 * <li>Frequent employer contact, face-to-face contacts per specialist per week: at least the target with a weekly
 * log review scores 5; at least 5 with a weekly review scores 4; at least 4 with a weekly or monthly review scores
 * 3; at least 2 scores 2; fewer scores 1. The gaps belong to the band whose figure has been reached (3 a week scores
 * 2). A small caseload's target (2 per job seeker) replaces only the top band's 6: 3 against a target of 4 scores 2,
 * 1 against a target of 2 scores 1.</li>
 * <li>Quality of employer contact: the median level (1-5) of the face-to-face contacts, the lower one for an even
 * count, so a single exceptional visit cannot lift the score.</li>
 * <li>Diversity of job types and of employers, %: under 50 scores 1, under 60 scores 2, under 70 scores 3, under 85
 * scores 4, 85 or more scores 5.</li>
 * <li>Competitive jobs, %: under 65 scores 1, under 75 scores 2, under 85 scores 3, under 95 scores 4, 95 or more
 * scores 5.</li>
 * <li>Community-based services, % of scheduled time in the community: at most 30 scores 1 (the scale writes "30%
 * or less" for 1 and "30-39%" for 2; the explicit "or less" wins), under 40 scores 2, under 50 scores 3, under 65
 * scores 4, 65 or more scores 5.</li>
 * </ul>
 */
public final class FidelityScale {

    /** Below this, a single job moves a share by more than ten points, so the score would be noise. */
    public static final int MIN_JOBS_FOR_JOB_ITEMS = 10;

    private FidelityScale() {
    }

    public static ItemScore caseload(double participantsPerSpecialist) {
        return banded(FidelityItem.CASELOAD, participantsPerSpecialist, "", FidelityScale::caseloadBand,
                bands("fidelity.caseload."));
    }

    public static ItemScore rapidJobSearch(double averageDays) {
        return banded(FidelityItem.RAPID_JOB_SEARCH, averageDays, ".days", FidelityScale::rapidJobSearchBand,
                bands("fidelity.rapid."));
    }

    public static ItemScore individualizedJobSearch(double percent) {
        return banded(FidelityItem.INDIVIDUALIZED_JOB_SEARCH, percent, ".percent", FidelityScale::individualizedBand,
                shares("fidelity.what.individualized", 25, 50, 75, 90));
    }

    public static ItemScore diversityOfJobTypes(double percent) {
        return banded(FidelityItem.DIVERSITY_OF_JOB_TYPES, percent, ".percent", FidelityScale::diversity,
                shares("fidelity.what.job-types", 50, 60, 70, 85));
    }

    public static ItemScore diversityOfEmployers(double percent) {
        return banded(FidelityItem.DIVERSITY_OF_EMPLOYERS, percent, ".percent", FidelityScale::diversity,
                shares("fidelity.what.employers", 50, 60, 70, 85));
    }

    public static ItemScore competitiveJobs(double percent) {
        return banded(FidelityItem.COMPETITIVE_JOBS, percent, ".percent", FidelityScale::competitiveBand,
                shares("fidelity.what.competitive", 65, 75, 85, 95));
    }

    public static ItemScore communityBasedServices(double percent) {
        String what = "fidelity.what.community";
        String[] rules = shares(what, 30, 40, 50, 65);
        // the scale's lowest band is "<=30", so exactly 30% belongs to it, unlike the other shares
        rules[0] = Messages.get("fidelity.community.1", Messages.get(what));
        rules[1] = Messages.get("fidelity.community.2", Messages.get(what));
        return banded(FidelityItem.COMMUNITY_BASED_SERVICES, percent, ".percent", FidelityScale::communityBand, rules);
    }

    /**
     * @param target 6, or 2 x job seekers for a specialist with fewer than 3 seeking; the caller knows the caseload
     */
    public static ItemScore frequentEmployerContact(double contactsPerSpecialistWeek, double target,
            ContactLogReview review) {
        requireFigure(contactsPerSpecialistWeek);
        requireFigure(target);
        DoubleToIntFunction asReviewed = x -> frequentContact(x, target, review);
        int score = asReviewed.applyAsInt(contactsPerSpecialistWeek);
        String figure = Messages.decimal(shown(contactsPerSpecialistWeek, asReviewed));
        String rule = Messages.get("fidelity.frequent." + score, Messages.decimal(shown(target, x -> x < target ? 0 : 1)), figure,
                Messages.label(review).toLowerCase(RequestLanguage.current().locale()));
        int uncapped = frequentContact(contactsPerSpecialistWeek, target, ContactLogReview.WEEKLY);
        if (uncapped > score) {
            rule += " " + Messages.get(uncapped >= 4 ? "fidelity.frequent.capped.weekly" : "fidelity.frequent.capped.monthly",
                    String.valueOf(uncapped), Messages.get(review == ContactLogReview.MONTHLY
                            ? "fidelity.frequent.reviewed-monthly" : "fidelity.frequent.not-reviewed"));
        }
        return ItemScore.scored(FidelityItem.FREQUENT_EMPLOYER_CONTACT, score, rule);
    }

    /** @param countsByLevel face-to-face contacts at quality level 1 (index 0) to level 5 (index 4) */
    public static ItemScore qualityOfEmployerContact(long[] countsByLevel) {
        if (countsByLevel == null || countsByLevel.length != 5 || Arrays.stream(countsByLevel).anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("Give five non-negative counts, for levels 1 to 5.");
        }
        long total = Arrays.stream(countsByLevel).sum();
        if (total == 0) {
            return ItemScore.notScored(FidelityItem.QUALITY_OF_EMPLOYER_CONTACT, Messages.get("fidelity.quality.none"));
        }
        long middle = (total - 1) / 2;
        int level = 0;
        long seen = countsByLevel[0];
        while (seen <= middle) {
            level++;
            seen += countsByLevel[level];
        }
        return ItemScore.scored(FidelityItem.QUALITY_OF_EMPLOYER_CONTACT, level + 1,
                Messages.get("fidelity.quality", String.valueOf(level + 1), Messages.get("fidelity.quality.level." + (level + 1)),
                        Arrays.toString(countsByLevel).replaceAll("[\\[\\]]", "")));
    }

    /** Diversity of job types, diversity of employers and competitive jobs, in that order. */
    public static List<ItemScore> jobItems(long jobs, long distinctOccupations, long distinctEmployers,
            long competitive) {
        if (LongStream.of(distinctOccupations, distinctEmployers, competitive).anyMatch(n -> n < 0 || n > jobs)) {
            throw new IllegalArgumentException("Each count must be between 0 and the " + jobs + " job starts.");
        }
        if (jobs < MIN_JOBS_FOR_JOB_ITEMS) {
            String reason = Messages.get("fidelity.jobs.too-few", jobs, String.valueOf(MIN_JOBS_FOR_JOB_ITEMS));
            return List.of(ItemScore.notScored(FidelityItem.DIVERSITY_OF_JOB_TYPES, reason),
                    ItemScore.notScored(FidelityItem.DIVERSITY_OF_EMPLOYERS, reason),
                    ItemScore.notScored(FidelityItem.COMPETITIVE_JOBS, reason));
        }
        return List.of(diversityOfJobTypes(100.0 * distinctOccupations / jobs),
                diversityOfEmployers(100.0 * distinctEmployers / jobs),
                competitiveJobs(100.0 * competitive / jobs));
    }

    /**
     * A figure as shown beside its score, in JSON, CSV and the worksheet alike: at least {@code decimals} decimals, and
     * more until the shown value lies in the same band as the exact one, so 64.98% is shown as "64.98", never as "65.0"
     * (which would score 5 where 64.98 scores 4). For frequent employer contact the band depends on the target.
     */
    public static BigDecimal shown(FidelityItem item, double figure, double target, int decimals) {
        return shownValue(figure, band(item, target), decimals);
    }

    /** The band a figure falls in for an item, judged as for the highest review level (frequent contact). */
    static DoubleToIntFunction band(FidelityItem item, double target) {
        return switch (item) {
            case CASELOAD -> FidelityScale::caseloadBand;
            case RAPID_JOB_SEARCH -> FidelityScale::rapidJobSearchBand;
            case INDIVIDUALIZED_JOB_SEARCH -> FidelityScale::individualizedBand;
            case DIVERSITY_OF_JOB_TYPES, DIVERSITY_OF_EMPLOYERS -> FidelityScale::diversity;
            case COMPETITIVE_JOBS -> FidelityScale::competitiveBand;
            case COMMUNITY_BASED_SERVICES -> FidelityScale::communityBand;
            case FREQUENT_EMPLOYER_CONTACT -> x -> frequentContact(x, target, ContactLogReview.WEEKLY);
            case QUALITY_OF_EMPLOYER_CONTACT -> x -> (int) Math.max(1, Math.min(5, Math.floor(x)));
        };
    }

    private static int caseloadBand(double x) {
        return x <= 20 ? 5 : x <= 25 ? 4 : x <= 30 ? 3 : x <= 40 ? 2 : 1;
    }

    private static int rapidJobSearchBand(double x) {
        return x <= 30 ? 5 : x <= 60 ? 4 : x <= 150 ? 3 : x <= 270 ? 2 : 1;
    }

    private static int individualizedBand(double x) {
        return x < 25 ? 1 : x < 50 ? 2 : x < 75 ? 3 : x < 90 ? 4 : 5;
    }

    private static int competitiveBand(double x) {
        return x < 65 ? 1 : x < 75 ? 2 : x < 85 ? 3 : x < 95 ? 4 : 5;
    }

    /** The scale writes "<=30" and "30-39": 30 itself is in the lowest band, as written, and 39.9 is still a 2. */
    private static int communityBand(double x) {
        return x <= 30 ? 1 : x < 40 ? 2 : x < 50 ? 3 : x < 65 ? 4 : 5;
    }

    private static int diversity(double percent) {
        return percent < 50 ? 1 : percent < 60 ? 2 : percent < 70 ? 3 : percent < 85 ? 4 : 5;
    }

    private static int frequentContact(double figure, double target, ContactLogReview review) {
        boolean weekly = review == ContactLogReview.WEEKLY;
        if (figure >= target && weekly) {
            return 5;
        }
        if (figure >= 5 && weekly) {
            return 4;
        }
        if (figure >= 4 && review != ContactLogReview.NONE) {
            return 3;
        }
        return figure >= 2 ? 2 : 1;
    }

    /** Band texts for a share scored 1-5 from four rising thresholds, each belonging to the band above it. */
    private static String[] shares(String whatKey, int t2, int t3, int t4, int t5) {
        String what = Messages.get(whatKey);
        int[] from = {0, t2, t3, t4, t5};
        int[] to = {t2, t3, t4, t5, 0};
        String[] rules = new String[5];
        for (int score = 1; score <= 5; score++) {
            rules[score - 1] = Messages.get("fidelity.share." + score, String.valueOf(from[score - 1]), String.valueOf(to[score - 1]), what);
        }
        return rules;
    }

    /** The five band texts of an item, lowest score first, in the reader's language. */
    private static String[] bands(String keyPrefix) {
        return IntStream.rangeClosed(1, 5).mapToObj(score -> Messages.get(keyPrefix + score)).toArray(String[]::new);
    }

    /** @param unit "" for a plain figure, ".days" or ".percent": the end of the bundle key that writes the figure */
    private static ItemScore banded(FidelityItem item, double figure, String unit, DoubleToIntFunction band,
            String... rulesByScore) {
        requireFigure(figure);
        int score = band.applyAsInt(figure);
        return ItemScore.scored(item, score, Messages.get("fidelity.banded" + unit, rulesByScore[score - 1], String.valueOf(score),
                Messages.decimal(shown(figure, band))));
    }


    /**
     * Two decimals are enough to read, but 20.001 shown as "20" would seem to contradict its band, so a figure
     * gets more decimals until the shown value lands in the same band as the real one.
     */
    static String shown(double figure, DoubleToIntFunction band) {
        return shownValue(figure, band, 2).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal shownValue(double figure, DoubleToIntFunction band, int decimals) {
        BigDecimal exact = BigDecimal.valueOf(figure);
        for (int scale = decimals; scale <= 6; scale++) {
            BigDecimal rounded = exact.setScale(scale, RoundingMode.HALF_UP);
            if (band.applyAsInt(rounded.doubleValue()) == band.applyAsInt(figure)) {
                return rounded;
            }
        }
        return exact;
    }

    private static void requireFigure(double figure) {
        if (!Double.isFinite(figure) || figure < 0) {
            throw new IllegalArgumentException("A fidelity figure must be a finite number of at least 0, not " + figure + ".");
        }
    }
}
