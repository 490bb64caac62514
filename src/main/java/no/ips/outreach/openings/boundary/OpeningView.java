package no.ips.outreach.openings.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import no.ips.outreach.employers.boundary.AddressPayload;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningSource;
import no.ips.outreach.openings.entity.OpeningState;
import no.ips.outreach.openings.entity.OpeningStatus;
import no.ips.outreach.participants.entity.Shift;

/**
 * An opening as the API shows it. {@code status} is as of now: an open opening past its application deadline shows
 * EXPIRED. {@code distanceKm} is present only in distance searches.
 */
public record OpeningView(
        long id,
        long version,
        long employerId,
        String employerName,
        String title,
        String occupationCode,
        String occupationTitle,
        String description,
        BigDecimal hoursPerWeek,
        Set<Shift> shifts,
        AddressPayload workplace,
        int positions,
        LocalDate startDate,
        LocalDate applicationDeadline,
        boolean drivingLicence,
        Set<String> languages,
        boolean competitive,
        OpeningSource source,
        Long visitId,
        boolean hiddenJobMarket,
        OpeningStatus status,
        String statusReason,
        Instant statusChangedAt,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Double distanceKm) {

    static OpeningView of(JobOpening opening, String employerName, String occupationTitle, Double distanceKm, Instant now) {
        OpeningDetails d = opening.details();
        OpeningState state = opening.state(now);
        return new OpeningView(opening.id(), opening.version(), d.employerId(), employerName, d.title(), d.occupationCode(),
                occupationTitle, d.description(), d.hoursPerWeek(), new TreeSet<>(d.shifts()), AddressPayload.of(d.workplace()),
                d.positions(), d.startDate(), d.applicationDeadline(), d.drivingLicence(), new TreeSet<>(d.languages()),
                d.competitive(), d.source(), d.visitId(), d.hiddenJobMarket(), state.status(), state.reason(), state.since(),
                opening.createdBy(), opening.createdAt(), opening.updatedAt(),
                distanceKm == null ? null : Math.round(distanceKm * 100) / 100.0);
    }
}
