package no.ips.outreach.planning.boundary;

import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import no.ips.outreach.planning.entity.PlannedVisit;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * Planning a suggestion: only the day and the time are needed. The employer, participants and reason come from the
 * suggestion; the visit lasts 45 minutes and has the purpose its reason implies unless the body says otherwise.
 */
public record SuggestionPlanRequest(
        @NotNull(message = "{outreach.v.date}") LocalDate day,
        @NotNull(message = ClockTime.MESSAGE) @JsonbTypeAdapter(ClockTime.class) LocalTime startsAt,
        @Min(value = 5, message = "{outreach.v.minutes-5-480}") @Max(value = 480, message = "{outreach.v.minutes-5-480}") Integer durationMinutes,
        VisitPurpose purpose,
        @Size(max = PlannedVisit.NOTE_LENGTH) String note) {
}
