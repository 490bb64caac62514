package no.ips.outreach.matching.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.participants.entity.Shift;

/**
 * Seeded, realistic-looking data: employers clustered around Norwegian towns with common NACE codes, openings at
 * them with ISCO-08 unit groups drawn with a long tail (a few occupations are common, most are rare), and
 * participants at home near the same towns with a mix of stated and unstated preferences.
 */
record SyntheticData(List<Employer> employers, List<OpeningProfile> openings, List<SeekerProfile> seekers) {

    record Employer(long id, String naceCode, double latitude, double longitude) {
    }

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<String> NACE = List.of("47.111", "56.101", "86.101", "87.301", "88.991", "10.710",
            "49.410", "43.210", "62.010", "81.210", "55.101", "52.100", "85.201", "84.110", "41.200", "45.200",
            "96.021", "01.110", "03.211", "46.390", "47.190", "56.301", "93.130", "68.201");
    private static final List<String> INDUSTRY_PREFIXES = List.of("47", "56", "86", "87", "88", "10", "49", "43",
            "62", "81", "55", "52", "85", "01", "03", "93", "56.3", "47.1");
    private static final double[] HOURS = {7.5, 10, 15, 18.75, 20, 22.5, 25, 30, 37.5, 37.5, 37.5, 20};

    static SyntheticData generate(long seed, int employers, int openings, int seekers, List<String> unitCodes) {
        Random random = new Random(seed);
        List<String> occupations = new ArrayList<>(unitCodes);
        Collections.shuffle(occupations, random);
        double[] cumulative = zipf(occupations.size());
        List<Employer> employerList = new ArrayList<>(employers);
        for (int i = 1; i <= employers; i++) {
            double[] at = Norway.near(Norway.town(random), random);
            employerList.add(new Employer(i, NACE.get((int) Math.min(NACE.size() - 1, Math.abs(random.nextGaussian()) * 8)), at[0], at[1]));
        }
        List<OpeningProfile> openingList = new ArrayList<>(openings);
        for (int i = 1; i <= openings; i++) {
            Employer employer = employerList.get(random.nextInt(employers));
            openingList.add(new OpeningProfile(i, employer.id(), occupation(occupations, cumulative, random), employer.naceCode(),
                    BigDecimal.valueOf(HOURS[random.nextInt(HOURS.length)]), shifts(random, 1 + random.nextInt(2)),
                    employer.latitude(), employer.longitude(), random.nextInt(5) < 2 ? null : TODAY.plusDays(random.nextInt(90)),
                    random.nextInt(100) < 15, random.nextInt(10) < 6 ? Set.of("no") : random.nextInt(4) == 0 ? Set.of("en") : Set.of()));
        }
        List<SeekerProfile> seekerList = new ArrayList<>(seekers);
        for (int i = 1; i <= seekers; i++) {
            seekerList.add(seeker(i, random, occupations, cumulative));
        }
        return new SyntheticData(List.copyOf(employerList), List.copyOf(openingList), List.copyOf(seekerList));
    }

    private static SeekerProfile seeker(long id, Random random, List<String> occupations, double[] cumulative) {
        Set<String> chosen = new LinkedHashSet<>();
        int wanted = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        while (chosen.size() < wanted) {
            chosen.add(occupation(occupations, cumulative, random));
        }
        Set<String> desired = new HashSet<>();
        if (random.nextBoolean()) {
            desired.add(INDUSTRY_PREFIXES.get(random.nextInt(INDUSTRY_PREFIXES.size())));
        }
        Set<String> excluded = new HashSet<>();
        if (random.nextInt(5) == 0) {
            excluded.add(INDUSTRY_PREFIXES.get(random.nextInt(INDUSTRY_PREFIXES.size())));
            excluded.removeAll(desired);
        }
        BigDecimal min = null;
        BigDecimal max = null;
        if (random.nextInt(100) >= 15) {
            min = BigDecimal.valueOf(5 + 5 * random.nextInt(6));
            max = min.add(BigDecimal.valueOf(5 * random.nextInt(5)));
        }
        boolean home = random.nextInt(10) != 0;
        double[] at = Norway.near(Norway.town(random), random);
        return new SeekerProfile(id, List.copyOf(chosen), desired, excluded, min, max,
                random.nextInt(5) == 0 ? Set.of() : shifts(random, 1 + random.nextInt(3)),
                random.nextInt(10) < 6 ? 5.0 + random.nextInt(36) : null, home ? at[0] : null, home ? at[1] : null,
                random.nextInt(10) < 3, random.nextInt(10) < 3 ? Set.of("no", "en") : Set.of("no"),
                random.nextBoolean() ? null : TODAY.plusDays(random.nextInt(60)));
    }

    private static Set<Shift> shifts(Random random, int count) {
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        Shift[] weighted = {Shift.DAY, Shift.DAY, Shift.DAY, Shift.EVENING, Shift.EVENING, Shift.WEEKEND, Shift.NIGHT};
        while (shifts.size() < count) {
            shifts.add(weighted[random.nextInt(weighted.length)]);
        }
        return shifts;
    }

    /** Cumulative weights 1/rank^0.9: the first few occupations are common, the long tail rare. */
    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, 0.9);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static String occupation(List<String> occupations, double[] cumulative, Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return occupations.get(Math.min(occupations.size() - 1, at < 0 ? -at - 1 : at));
    }

    /**
     * The 436 ISCO-08 unit groups: from isco08.csv (the {@code bench.isco08} property, by default the shared data
     * folder next to the repository), or else from the migration that was generated from it.
     */
    static List<String> iscoUnitCodes() throws IOException {
        Path csv = Path.of(System.getProperty("bench.isco08", "../shared/data/isco08.csv"));
        List<String> codes = new ArrayList<>();
        if (Files.isRegularFile(csv)) {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                String[] fields = line.split(",", 3);
                if (fields.length == 3 && fields[1].equals("unit")) {
                    codes.add(fields[0]);
                }
            }
            return codes;
        }
        try (InputStream in = SyntheticData.class.getResourceAsStream("/db/migration/V2__occupations.sql")) {
            Matcher unit = Pattern.compile("\\('(\\d{4})', 4,").matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            while (unit.find()) {
                codes.add(unit.group(1));
            }
        }
        return codes;
    }
}
