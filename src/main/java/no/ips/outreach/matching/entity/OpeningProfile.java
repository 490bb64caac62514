package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;

/** An open opening as matching sees it, with its employer's industry (NACE code). Coordinates may be absent. */
public record OpeningProfile(
        long openingId,
        long employerId,
        String occupationCode,
        String employerNaceCode,
        BigDecimal hoursPerWeek,
        Set<Shift> shifts,
        Double latitude,
        Double longitude,
        LocalDate startDate,
        boolean drivingLicence,
        Set<String> languages) {
}
