package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;

/** Seeded random profiles for property tests, with every optional field sometimes missing. */
final class RandomProfiles {

    static final List<String> OCCUPATIONS = List.of("5120", "5131", "5132", "5223", "5230", "9412", "9112", "4110",
            "2221", "2512", "7411", "8322", "512", "51", "5");
    static final List<String> INDUSTRIES = List.of("56", "56.1", "56.101", "47", "47.111", "10.710", "86", "87.301",
            "49.410", "43.210", "62.010", "88");
    static final List<String> EMPLOYER_INDUSTRIES = List.of("56.101", "56.301", "47.111", "10.710", "86.211", "87.301",
            "49.410", "43.210", "62.010", "88.991");
    static final List<String> LANGUAGES = List.of("no", "en", "ar", "so", "pl");

    private final Random random;

    RandomProfiles(long seed) {
        random = new Random(seed);
    }

    SeekerProfile seeker() {
        List<String> occupations = new ArrayList<>(pick(OCCUPATIONS, random.nextInt(5)));
        Set<String> desired = new HashSet<>(pick(INDUSTRIES, random.nextInt(3)));
        Set<String> excluded = new HashSet<>(pick(INDUSTRIES, random.nextInt(2)));
        excluded.removeAll(desired);
        BigDecimal min = random.nextInt(4) == 0 ? null : hours(0, 40);
        BigDecimal max = random.nextInt(4) == 0 ? null : hours(0, 40);
        if (min != null && max != null && min.compareTo(max) > 0) {
            BigDecimal swap = min;
            min = max;
            max = swap;
        }
        boolean home = random.nextInt(5) != 0;
        return new SeekerProfile(random.nextLong(), occupations, desired, excluded, min, max, shifts(),
                random.nextInt(3) == 0 ? null : random.nextDouble() * 60, home ? latitude() : null, home ? longitude() : null,
                random.nextBoolean(), Set.copyOf(pick(LANGUAGES, random.nextInt(3))),
                random.nextInt(3) == 0 ? null : Profiles.TODAY.plusDays(random.nextInt(120) - 30));
    }

    OpeningProfile opening() {
        boolean placed = random.nextInt(8) != 0;
        return new OpeningProfile(random.nextLong(), random.nextLong(), OCCUPATIONS.get(random.nextInt(12)),
                random.nextInt(10) == 0 ? null : EMPLOYER_INDUSTRIES.get(random.nextInt(EMPLOYER_INDUSTRIES.size())),
                random.nextInt(10) == 0 ? null : hours(1, 60), shifts(), placed ? latitude() : null,
                placed ? longitude() : null, random.nextInt(3) == 0 ? null : Profiles.TODAY.plusDays(random.nextInt(150) - 30),
                random.nextInt(4) == 0, Set.copyOf(pick(LANGUAGES, random.nextInt(2))));
    }

    Weights weights() {
        Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
        int left = 100;
        Criterion[] criteria = Criterion.values();
        for (int i = 0; i < criteria.length - 1; i++) {
            int p = random.nextInt(left + 1);
            points.put(criteria[i], p);
            left -= p;
        }
        points.put(criteria[criteria.length - 1], left);
        return new Weights(points);
    }

    String occupation() {
        return OCCUPATIONS.get(random.nextInt(OCCUPATIONS.size()));
    }

    Shift shift() {
        return Shift.values()[random.nextInt(Shift.values().length)];
    }

    private BigDecimal hours(int from, int to) {
        return BigDecimal.valueOf(from * 2 + random.nextInt((to - from) * 2 + 1), 1).multiply(BigDecimal.valueOf(5));
    }

    private Set<Shift> shifts() {
        Set<Shift> shifts = EnumSet.noneOf(Shift.class);
        for (Shift shift : Shift.values()) {
            if (random.nextInt(3) == 0) {
                shifts.add(shift);
            }
        }
        return shifts;
    }

    /** Around Bodø, so distances range from next door to well beyond anyone's maximum. */
    private double latitude() {
        return 67.28 + random.nextGaussian() * 0.2;
    }

    private double longitude() {
        return 14.40 + random.nextGaussian() * 0.5;
    }

    private <T> List<T> pick(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, n));
    }
}
