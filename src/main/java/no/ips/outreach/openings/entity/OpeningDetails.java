package no.ips.outreach.openings.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import no.ips.outreach.employers.entity.Address;
import no.ips.outreach.participants.entity.Shift;

/**
 * What a specialist records about a job; the same shape for a new opening and an edit. A null {@code workplace}
 * means the employer's own address.
 */
public record OpeningDetails(
        long employerId,
        String title,
        String occupationCode,
        String description,
        BigDecimal hoursPerWeek,
        Set<Shift> shifts,
        Address workplace,
        int positions,
        LocalDate startDate,
        LocalDate applicationDeadline,
        boolean drivingLicence,
        Set<String> languages,
        boolean competitive,
        OpeningSource source,
        Long visitId,
        boolean hiddenJobMarket) {

    public OpeningDetails {
        title = title == null ? null : title.trim();
        occupationCode = occupationCode == null ? null : occupationCode.trim();
        shifts = shifts == null ? Set.of() : Set.copyOf(shifts);
        languages = languages == null ? Set.of() : languages.stream()
                .map(language -> language == null ? "" : language.trim().toLowerCase())
                .collect(Collectors.toUnmodifiableSet());
    }

    public OpeningDetails at(Address place) {
        return new OpeningDetails(employerId, title, occupationCode, description, hoursPerWeek, shifts, place, positions,
                startDate, applicationDeadline, drivingLicence, languages, competitive, source, visitId, hiddenJobMarket);
    }
}
