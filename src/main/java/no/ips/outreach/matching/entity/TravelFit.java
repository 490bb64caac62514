package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.platform.language.Messages;

/**
 * Distance from the participant's home to the workplace, great-circle (not road) and rounded to 0.1 km, so that the
 * number read aloud is the number judged. Beyond the participant's own maximum is a hard limit.
 */
final class TravelFit {

    /** Share earned at exactly the participant's maximum; it falls linearly from 1 at 0 km. */
    static final double SHARE_AT_MAX = 1.0 / 3;
    /** Without a stated maximum: full within this distance ... */
    static final double NEAR_KM = 5;
    /** ... falling linearly to nothing at this one. */
    static final double FAR_KM = 50;
    private static final double KM_PER_DEGREE_OF_LATITUDE = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_KM;

    private TravelFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening) {
        if (seeker.homeLatitude() == null || seeker.homeLongitude() == null) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.travel.no-home"));
        }
        if (opening.latitude() == null || opening.longitude() == null) {
            return Assessment.of(Assessment.HALF, () -> Messages.get("why.travel.no-workplace"));
        }
        Double max = seeker.maxTravelKm();
        // The latitude gap alone is a lower bound of the great-circle distance and needs no trigonometry: most
        // openings in a national index are ruled out, or score nothing on travel, on that bound.
        double atLeastKm = Math.abs(seeker.homeLatitude() - opening.latitude()) * KM_PER_DEGREE_OF_LATITUDE;
        if (max != null && atLeastKm > max + 0.1) {
            return Assessment.excluded(() -> Messages.get("why.travel.beyond", distance(seeker, opening), text(max)),
                    () -> Messages.get("why.travel.beyond.short", kmText(km(seeker, opening)), text(max)));
        }
        if (max == null && atLeastKm >= FAR_KM) {
            return Assessment.of(0, () -> Messages.get("why.travel.no-maximum", distance(seeker, opening)));
        }
        double km = km(seeker, opening);
        if (max == null) {
            double share = km <= NEAR_KM ? 1 : (FAR_KM - km) / (FAR_KM - NEAR_KM);
            return Assessment.of(share, () -> Messages.get("why.travel.no-maximum", distance(seeker, opening)));
        }
        if (km > max) {
            return Assessment.excluded(() -> Messages.get("why.travel.beyond", distance(seeker, opening), text(max)),
                    () -> Messages.get("why.travel.beyond.short", kmText(km), text(max)));
        }
        double share = max <= 0 ? 1 : 1 - (1 - SHARE_AT_MAX) * km / max;
        return Assessment.of(share, () -> Messages.get("why.travel.within", distance(seeker, opening), text(max)));
    }

    /**
     * The most the travel criterion can earn, judged from the latitude gap alone (a lower bound of the distance): no
     * trigonometry, and never less than {@link #assess} gives.
     */
    static double upperShare(SeekerProfile seeker, OpeningProfile opening) {
        if (seeker.homeLatitude() == null || seeker.homeLongitude() == null || opening.latitude() == null
                || opening.longitude() == null) {
            return Assessment.HALF;
        }
        return upperShare(seeker, latitudeGapKm(seeker, opening));
    }

    /**
     * The most the travel criterion can earn when the distance is at least {@code atLeastKm}; both places have
     * coordinates. The distance judged is rounded to 0.1 km, so it may be up to 0.05 km below the true one.
     */
    static double upperShare(SeekerProfile seeker, double atLeastKm) {
        double judgedAtLeast = Math.max(0, atLeastKm - 0.05);
        Double max = seeker.maxTravelKm();
        if (max == null) {
            return judgedAtLeast <= NEAR_KM ? 1 : Math.max(0, (FAR_KM - judgedAtLeast) / (FAR_KM - NEAR_KM));
        }
        if (atLeastKm > max + 0.1) {
            return 0;
        }
        return max <= 0 ? 1 : Math.min(1, 1 - (1 - SHARE_AT_MAX) * judgedAtLeast / max);
    }

    /** Beyond the participant's maximum by the latitude gap alone, so certainly excluded by {@link #assess}. */
    static boolean certainlyBeyond(SeekerProfile seeker, OpeningProfile opening) {
        return seeker.homeLatitude() != null && seeker.homeLongitude() != null && opening.latitude() != null
                && opening.longitude() != null && certainlyBeyond(seeker, latitudeGapKm(seeker, opening));
    }

    /** Certainly excluded by {@link #assess} when the distance is at least {@code atLeastKm}. */
    static boolean certainlyBeyond(SeekerProfile seeker, double atLeastKm) {
        return seeker.maxTravelKm() != null && atLeastKm > seeker.maxTravelKm() + 0.1;
    }

    private static double latitudeGapKm(SeekerProfile seeker, OpeningProfile opening) {
        return Math.abs(seeker.homeLatitude() - opening.latitude()) * KM_PER_DEGREE_OF_LATITUDE;
    }

    /** Great-circle kilometres, rounded to 0.1 so that the number read aloud is the number judged. */
    private static double km(SeekerProfile seeker, OpeningProfile opening) {
        return Math.round(10 * GreatCircle.km(seeker.homeLatitude(), seeker.homeLongitude(),
                opening.latitude(), opening.longitude())) / 10.0;
    }

    private static String distance(SeekerProfile seeker, OpeningProfile opening) {
        return Messages.get("why.travel.distance", kmText(km(seeker, opening)));
    }

    /** A distance as judged (0.1 km), with the reader's decimal mark. */
    private static String kmText(double km) {
        return Messages.decimal(String.valueOf(km));
    }

    /** A maximum converted from minutes may have many decimals; say it to 0.1 km. */
    private static String text(double km) {
        return Messages.decimal(ScheduleFit.text(BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP)));
    }
}
