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
        @NotNull(message = "must be a date and time with offset, e.g. 2026-11-20T09:30:00+01:00") OffsetDateTime startedAt,
        @NotNull @PositiveOrZero @Max(value = Visit.MAX_EVENT_MINUTES, message = "cannot exceed 12 hours (720 minutes)") Integer meetingMinutes,
        @PositiveOrZero @Max(value = Visit.MAX_TRAVEL_MINUTES, message = "cannot exceed 4 hours (240 minutes)") Integer travelMinutes,
        @NotNull(message = "must be one of IN_PERSON, PHONE, VIDEO, EMAIL, EVENT") VisitMode mode,
        @NotNull(message = "must be one of GENERAL_JOB_DEVELOPMENT, PARTICIPANT_JOB_DEVELOPMENT, FOLLOW_ALONG, OTHER") VisitPurpose purpose,
        @NotNull(message = "must be one of the five IPS quality levels, e.g. DESCRIBES_STRENGTHS") ContactQuality quality,
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
