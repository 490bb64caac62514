package no.ips.outreach.matching.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.ips.outreach.participants.entity.Shift;

/**
 * A participant as matching sees them: only their stated preferences, nothing about their situation. Travel limits
 * are the participant's own: km, or minutes converted to km at the configured speed. Home coordinates may be absent.
 */
public record SeekerProfile(
        long participantId,
        List<String> occupations,
        Set<String> desiredIndustries,
        Set<String> excludedIndustries,
        BigDecimal hoursMin,
        BigDecimal hoursMax,
        Set<Shift> shifts,
        Double maxTravelKm,
        Double homeLatitude,
        Double homeLongitude,
        boolean drivingLicence,
        Set<String> languages,
        LocalDate earliestStart) {
}
