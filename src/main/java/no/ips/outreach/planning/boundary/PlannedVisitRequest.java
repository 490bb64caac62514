package no.ips.outreach.planning.boundary;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.planning.entity.PlannedVisitDetails;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * A visit to plan or move: the day and local time at the employer (Europe/Oslo in Norway, Europe/Copenhagen in
 * Denmark), how long, why, and for which participants in the specialist's caseload. {@code reason} says which
 * suggestion it was accepted from, if any.
 */
public record PlannedVisitRequest(
        @NotNull Long employerId,
        @NotNull(message = "{outreach.v.date}") LocalDate day,
        @NotNull(message = ClockTime.MESSAGE) @JsonbTypeAdapter(ClockTime.class) LocalTime startsAt,
        @NotNull @Min(value = 5, message = "{outreach.v.minutes-5-480}") @Max(value = 480, message = "{outreach.v.minutes-5-480}") Integer durationMinutes,
        @NotNull(message = "{outreach.v.purpose}") VisitPurpose purpose,
        SuggestionReason reason,
        @Size(max = PlannedVisit.NOTE_LENGTH) String note,
        @Size(max = 20) List<@NotNull Long> participantIds) {

    PlannedVisitDetails toDetails() {
        return new PlannedVisitDetails(employerId, day, startsAt, durationMinutes, purpose, reason, note,
                participantIds == null ? Set.of() : Set.copyOf(participantIds));
    }
}
