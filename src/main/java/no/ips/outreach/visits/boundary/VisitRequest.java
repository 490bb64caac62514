package no.ips.outreach.visits.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;
import no.ips.outreach.visits.entity.VisitPurpose;

/**
 * A visit as a specialist logs or corrects it. There is deliberately no specialist field: who logged a visit comes
 * from the token.
 */
public record VisitRequest(
        @NotNull Long employerId,
        Long contactPersonId,
        @NotNull(message = "{outreach.v.date-time}") OffsetDateTime startedAt,
        @NotNull @PositiveOrZero @Max(value = Visit.MAX_EVENT_MINUTES, message = "{outreach.v.meeting-max}") Integer meetingMinutes,
        @PositiveOrZero @Max(value = Visit.MAX_TRAVEL_MINUTES, message = "{outreach.v.travel-max}") Integer travelMinutes,
        @NotNull(message = "{outreach.v.mode}") VisitMode mode,
        @NotNull(message = "{outreach.v.purpose}") VisitPurpose purpose,
        @NotNull(message = "{outreach.v.quality}") ContactQuality quality,
        @Size(max = Visit.OUTCOME_LENGTH) String outcome,
        @Size(max = Visit.NOTES_LENGTH) String notes,
        @Size(max = Visit.NEXT_STEP_LENGTH) String nextStep,
        LocalDate nextStepDue,
        @Valid @Size(max = 20) List<@NotNull @Valid ParticipantLinkPayload> participants) {

    VisitDetails toDetails() {
        return new VisitDetails(employerId, contactPersonId, startedAt.toInstant(), meetingMinutes,
                travelMinutes == null ? 0 : travelMinutes, mode, purpose, quality, outcome, notes, nextStep, nextStepDue,
                participants == null ? null : participants.stream().map(ParticipantLinkPayload::toLink).collect(Collectors.toSet()));
    }
}
