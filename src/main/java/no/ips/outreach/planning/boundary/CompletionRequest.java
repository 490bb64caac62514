package no.ips.outreach.planning.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import no.ips.outreach.planning.entity.Completion;
import no.ips.outreach.visits.boundary.ParticipantLinkPayload;
import no.ips.outreach.visits.entity.ContactQuality;
import no.ips.outreach.visits.entity.ParticipantLink;
import no.ips.outreach.visits.entity.Visit;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What to add when logging a planned visit that happened; every field may be left out, and an empty body logs it as
 * planned. {@code startedAt} is when it actually started, if not as planned. {@code participants} says how much was disclosed about each planned participant (NONE when left out).
 */
public record CompletionRequest(
        @Schema(type = SchemaType.STRING, format = "date-time",
                description = "when the visit actually started, if not at the planned time; never in the future")
        OffsetDateTime startedAt,
        @PositiveOrZero @Max(value = Visit.MAX_EVENT_MINUTES, message = "{outreach.v.meeting-max}") Integer meetingMinutes,
        @PositiveOrZero @Max(value = Visit.MAX_TRAVEL_MINUTES, message = "{outreach.v.travel-max}") Integer travelMinutes,
        ContactQuality quality,
        @Size(max = Visit.OUTCOME_LENGTH) String outcome,
        @Size(max = Visit.NOTES_LENGTH) String notes,
        @Size(max = Visit.NEXT_STEP_LENGTH) String nextStep,
        LocalDate nextStepDue,
        @Valid @Size(max = 20) List<@NotNull @Valid ParticipantLinkPayload> participants) {

    Completion toCompletion() {
        return new Completion(startedAt == null ? null : startedAt.toInstant(), meetingMinutes, travelMinutes, quality, outcome, notes, nextStep, nextStepDue,
                participants == null ? null : participants.stream().map(ParticipantLinkPayload::toLink)
                        .collect(Collectors.toMap(ParticipantLink::participantId, ParticipantLink::disclosure, (a, b) -> b)));
    }
}
