package no.ips.outreach.matching.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import no.ips.outreach.employers.control.GreatCircle;

/**
 * Every open opening laid out for ranking them all for one participant in about a millisecond. Six of the seven
 * criteria read only one field of the opening (its occupation code, its employer's industry, its hours, shifts, start
 * date or requirements), and a national index holds few distinct values of each. So the table keeps, per opening, the
 * number of each value, and a ranking judges each distinct value once with the {@link Matcher} itself, then adds
 * points up per opening from those small arrays. Travel needs the distance, which is bounded from below by the chord
 * between the two places' unit vectors (three subtractions and a square root). That gives every opening an upper
 * bound that is exact but for travel; {@link Ranking} then appraises only the few that can reach the top.
 *
 * <p>Immutable: the index builds a new table when openings change.
 */
public final class OpeningTable<T> {

    /** The criteria judged once per distinct value, in the order of the arrays below; travel is bounded per opening. */
    private static final Criterion[] KEYED = {Criterion.OCCUPATION, Criterion.INDUSTRY, Criterion.HOURS, Criterion.SHIFTS,
            Criterion.START, Criterion.REQUIREMENTS};
    /** Room for the floating-point error of the chord against the haversine; far below the 0.1 km distances are read to. */
    private static final double KM_MARGIN = 1e-6;
    /** Low enough that no sum of points containing it stays at or above zero. */
    private static final int EXCLUDED = -1_000;

    private record Requirements(boolean drivingLicence, Set<String> languages) {
    }

    private final List<T> entries;
    private final OpeningProfile[] profiles;
    /** For each keyed criterion, one opening standing for each distinct value it reads. */
    private final List<List<OpeningProfile>> representatives;
    /** Which of the representatives of each keyed criterion opening i has, one array per criterion in KEYED order. */
    private final int[] occupation;
    private final int[] industry;
    private final int[] hours;
    private final int[] shifts;
    private final int[] start;
    private final int[] requirements;
    /** Unit vectors of the workplaces; NaN without coordinates. */
    private final double[] x;
    private final double[] y;
    private final double[] z;

    private OpeningTable(List<T> entries, Function<T, OpeningProfile> profile) {
        this.entries = entries;
        int size = entries.size();
        profiles = new OpeningProfile[size];
        int[][] values = new int[KEYED.length][size];
        representatives = new ArrayList<>();
        List<Map<Object, Integer>> seen = new ArrayList<>();
        for (int k = 0; k < KEYED.length; k++) {
            representatives.add(new ArrayList<>());
            seen.add(new HashMap<>());
        }
        x = new double[size];
        y = new double[size];
        z = new double[size];
        for (int i = 0; i < size; i++) {
            OpeningProfile opening = profile.apply(entries.get(i));
            profiles[i] = opening;
            for (int k = 0; k < KEYED.length; k++) {
                List<OpeningProfile> known = representatives.get(k);
                values[k][i] = seen.get(k).computeIfAbsent(valueRead(KEYED[k], opening), value -> {
                    known.add(opening);
                    return known.size() - 1;
                });
            }
            double[] place = unitVector(opening.latitude(), opening.longitude());
            x[i] = place[0];
            y[i] = place[1];
            z[i] = place[2];
        }
        occupation = values[0];
        industry = values[1];
        hours = values[2];
        shifts = values[3];
        start = values[4];
        requirements = values[5];
    }

    /** The table of these entries, ordered by opening id, so that equal scores come lowest id first. */
    public static <T> OpeningTable<T> of(Collection<T> entries, Function<T, OpeningProfile> profile) {
        List<T> byId = new ArrayList<>(entries);
        byId.sort(Comparator.comparingLong(entry -> profile.apply(entry).openingId()));
        return new OpeningTable<>(List.copyOf(byId), profile);
    }

    public List<T> entries() {
        return entries;
    }

    /**
     * The best {@code limit} eligible openings for the participant, explained, exactly as {@link Ranking#best} with
     * every opening appraised would rank them; the participant's own hard limits leave openings out unless
     * {@code includeExcluded}.
     */
    public List<Ranking.Ranked<T>> rank(Matcher matcher, SeekerProfile seeker, LocalDate today, Predicate<T> eligible,
                                        boolean includeExcluded, int limit) {
        return Ranking.best(bounds(matcher, seeker, today, includeExcluded), i -> eligible.test(entries.get(i)),
                        i -> matcher.appraise(seeker, profiles[i], today), i -> profiles[i].openingId(), includeExcluded, limit)
                .stream().map(ranked -> new Ranking.Ranked<>(entries.get(ranked.candidate()), ranked.match())).toList();
    }

    /** The openings the participant's own limits do not exclude that score at least {@code minimum}, in no order. */
    public List<T> scoringAtLeast(Matcher matcher, SeekerProfile seeker, LocalDate today, int minimum) {
        int[] bounds = bounds(matcher, seeker, today, false);
        List<T> found = new ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            if (bounds[i] >= minimum) {
                Appraisal appraisal = matcher.appraise(seeker, profiles[i], today);
                if (!appraisal.excluded() && appraisal.score() >= minimum) {
                    found.add(entries.get(i));
                }
            }
        }
        return found;
    }

    /**
     * Each opening's upper bound: exact points for the keyed criteria, each distinct value judged once, and travel
     * bounded from the chord. Those certainly excluded are {@link Ranking#LEFT_OUT} unless asked for.
     */
    private int[] bounds(Matcher matcher, SeekerProfile seeker, LocalDate today, boolean includeExcluded) {
        int[][] points = new int[KEYED.length][];
        for (int k = 0; k < KEYED.length; k++) {
            List<OpeningProfile> known = representatives.get(k);
            points[k] = new int[known.size()];
            for (int v = 0; v < known.size(); v++) {
                Assessment assessment = matcher.assess(KEYED[k], seeker, known.get(v), today);
                // an exclusion pushes the sum below zero, so one test per opening finds it
                points[k][v] = assessment.excludes() && !includeExcluded ? EXCLUDED : assessment.points(matcher.weight(KEYED[k]));
            }
        }
        Travel travel = new Travel(seeker, matcher.weight(Criterion.TRAVEL));
        int[] bounds = new int[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            int bound = points[0][occupation[i]] + points[1][industry[i]] + points[2][hours[i]] + points[3][shifts[i]]
                    + points[4][start[i]] + points[5][requirements[i]];
            double atLeastKm = travel.atLeastKm(x[i], y[i], z[i]);
            if (bound < 0 || !includeExcluded && !Double.isNaN(atLeastKm) && TravelFit.certainlyBeyond(seeker, atLeastKm)) {
                bounds[i] = Ranking.LEFT_OUT;
            } else {
                bounds[i] = Math.min(Ranking.MAX_SCORE, bound + travel.upperPoints(atLeastKm));
            }
        }
        return bounds;
    }

    /** The value each keyed criterion reads; openings with equal values score the same on it for anyone. */
    private static Object valueRead(Criterion criterion, OpeningProfile opening) {
        return switch (criterion) {
            case OCCUPATION -> opening.occupationCode();
            case INDUSTRY -> opening.employerNaceCode();
            case HOURS -> opening.hoursPerWeek();
            case SHIFTS -> opening.shifts();
            case START -> opening.startDate();
            case REQUIREMENTS -> new Requirements(opening.drivingLicence(), opening.languages());
            case TRAVEL -> throw new IllegalArgumentException("travel is bounded per opening");
        };
    }

    /** The place as a point on the unit sphere; NaN without coordinates. */
    private static double[] unitVector(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double phi = Math.toRadians(latitude);
        double lambda = Math.toRadians(longitude);
        return new double[] {Math.cos(phi) * Math.cos(lambda), Math.cos(phi) * Math.sin(lambda), Math.sin(phi)};
    }

    /** The travel criterion bounded from the chord, which is never longer than the great-circle arc. */
    private static final class Travel {

        private final SeekerProfile seeker;
        private final int weight;
        private final double[] home;
        private final int halfPoints;

        Travel(SeekerProfile seeker, int weight) {
            this.seeker = seeker;
            this.weight = weight;
            home = unitVector(seeker.homeLatitude(), seeker.homeLongitude());
            halfPoints = (int) Math.round(Assessment.HALF * weight);
        }

        /** At least how far the workplace is from home, or NaN when either has no coordinates. */
        double atLeastKm(double x, double y, double z) {
            double dx = x - home[0];
            double dy = y - home[1];
            double dz = z - home[2];
            if (Double.isNaN(dx)) {
                return Double.NaN;
            }
            return Math.max(0, Math.sqrt(dx * dx + dy * dy + dz * dz) * GreatCircle.EARTH_RADIUS_KM - KM_MARGIN);
        }

        /** Unknown distances earn half, as {@link TravelFit#assess} gives them. */
        int upperPoints(double atLeastKm) {
            return Double.isNaN(atLeastKm) ? halfPoints : (int) Math.round(TravelFit.upperShare(seeker, atLeastKm) * weight);
        }
    }
}
