package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.participants.entity.Shift;

/** Readable test profiles: a participant in Bodø and an opening next door that fits them, changed one field at a time. */
final class Profiles {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final double HOME_LAT = 67.2804;
    static final double HOME_LON = 14.4049;
    /** Kilometres per degree of latitude on GreatCircle's sphere. */
    static final double KM_PER_DEGREE = Math.toRadians(1) * GreatCircle.EARTH_RADIUS_KM;

    private Profiles() {
    }

    static Seeker seeker() {
        return new Seeker();
    }

    static Opening opening() {
        return new Opening();
    }

    static final class Seeker {
        List<String> occupations = new ArrayList<>(List.of("5120"));
        Set<String> desiredIndustries = new HashSet<>(Set.of("56"));
        Set<String> excludedIndustries = new HashSet<>();
        BigDecimal hoursMin = new BigDecimal("15");
        BigDecimal hoursMax = new BigDecimal("30");
        Set<Shift> shifts = EnumSet.of(Shift.DAY, Shift.EVENING);
        Double maxTravelKm = 10.0;
        Double homeLatitude = HOME_LAT;
        Double homeLongitude = HOME_LON;
        boolean drivingLicence = false;
        Set<String> languages = new HashSet<>(Set.of("no"));
        LocalDate earliestStart = null;

        SeekerProfile profile() {
            return new SeekerProfile(1L, List.copyOf(occupations), Set.copyOf(desiredIndustries), Set.copyOf(excludedIndustries),
                    hoursMin, hoursMax, shifts.isEmpty() ? Set.of() : EnumSet.copyOf(shifts), maxTravelKm, homeLatitude,
                    homeLongitude, drivingLicence, Set.copyOf(languages), earliestStart);
        }

        Seeker occupations(String... codes) {
            occupations = new ArrayList<>(List.of(codes));
            return this;
        }

        Seeker hours(String min, String max) {
            hoursMin = min == null ? null : new BigDecimal(min);
            hoursMax = max == null ? null : new BigDecimal(max);
            return this;
        }

        Seeker shifts(Shift... accepted) {
            shifts = accepted.length == 0 ? EnumSet.noneOf(Shift.class) : EnumSet.of(accepted[0], accepted);
            return this;
        }
    }

    static final class Opening {
        String occupationCode = "5120";
        String employerNaceCode = "56.101";
        BigDecimal hoursPerWeek = new BigDecimal("20");
        Set<Shift> shifts = EnumSet.of(Shift.DAY);
        Double latitude = HOME_LAT;
        Double longitude = HOME_LON;
        LocalDate startDate = null;
        boolean drivingLicence = false;
        Set<String> languages = new HashSet<>();

        OpeningProfile profile() {
            return new OpeningProfile(7L, 3L, occupationCode, employerNaceCode, hoursPerWeek,
                    shifts.isEmpty() ? Set.of() : EnumSet.copyOf(shifts), latitude, longitude, startDate, drivingLicence,
                    Set.copyOf(languages));
        }

        Opening hours(String hours) {
            hoursPerWeek = hours == null ? null : new BigDecimal(hours);
            return this;
        }

        Opening shifts(Shift... needed) {
            shifts = needed.length == 0 ? EnumSet.noneOf(Shift.class) : EnumSet.of(needed[0], needed);
            return this;
        }

        /** The workplace due north of home, this many great-circle kilometres away. */
        Opening kmNorthOfHome(double km) {
            latitude = HOME_LAT + km / KM_PER_DEGREE;
            longitude = HOME_LON;
            return this;
        }
    }
}
