package no.ips.outreach.planning.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One planned employer visit as it appears in the specialist's calendar. {@code participants} are the names the
 * participants have consented to share, already filtered, possibly none. {@code lastModified} and {@code sequence}
 * let a calendar that imported an earlier copy of the week recognise the newer version of the same visit.
 */
public record CalendarVisit(
        long plannedVisitId,
        String employerName,
        String address,
        LocalDate day,
        LocalTime start,
        int durationMinutes,
        String purpose,
        List<String> participants,
        ZoneId zone,
        Instant lastModified,
        int sequence) {

    public CalendarVisit {
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(lastModified, "lastModified");
        participants = List.copyOf(participants);
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("durationMinutes must be positive: " + durationMinutes);
        }
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
    }

    public ZonedDateTime startsAt() {
        return ZonedDateTime.of(day, start, zone);
    }

    public ZonedDateTime endsAt() {
        return startsAt().plusMinutes(durationMinutes);
    }
}
