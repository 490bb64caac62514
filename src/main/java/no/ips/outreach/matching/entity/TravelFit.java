package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Supplier;
import no.ips.outreach.employers.control.GreatCircle;

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

    private TravelFit() {
    }

    static Assessment assess(SeekerProfile seeker, OpeningProfile opening) {
        if (seeker.homeLatitude() == null || seeker.homeLongitude() == null) {
            return Assessment.of(Assessment.HALF, () -> "Distance unknown: no home location stated");
        }
        if (opening.latitude() == null || opening.longitude() == null) {
            return Assessment.of(Assessment.HALF, () -> "Distance unknown: the workplace has no coordinates");
        }
        double km = Math.round(10 * GreatCircle.km(seeker.homeLatitude(), seeker.homeLongitude(),
                opening.latitude(), opening.longitude())) / 10.0;
        Supplier<String> distance = () -> "Workplace is " + km + " km from home (great-circle)";
        Double max = seeker.maxTravelKm();
        if (max == null) {
            double share = km <= NEAR_KM ? 1 : (FAR_KM - km) / (FAR_KM - NEAR_KM);
            return Assessment.of(share, () -> distance.get() + "; no maximum stated");
        }
        Supplier<String> maximum = () -> text(max) + " km";
        if (km > max) {
            return Assessment.excluded(() -> distance.get() + ", beyond their " + maximum.get(),
                    () -> km + " km is beyond their " + maximum.get());
        }
        double share = max <= 0 ? 1 : 1 - (1 - SHARE_AT_MAX) * km / max;
        return Assessment.of(share, () -> distance.get() + ", within their " + maximum.get());
    }

    /** A maximum converted from minutes may have many decimals; say it to 0.1 km. */
    private static String text(double km) {
        return ScheduleFit.text(BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP));
    }
}
