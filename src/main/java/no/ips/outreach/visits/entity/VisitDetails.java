package no.ips.outreach.visits.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** What a specialist records about one employer contact; the same shape for logging and for a correction. */
public record VisitDetails(
        long employerId,
        Long contactPersonId,
        Instant startedAt,
        int meetingMinutes,
        int travelMinutes,
        VisitMode mode,
        VisitPurpose purpose,
        ContactQuality quality,
        String outcome,
        String notes,
        String nextStep,
        LocalDate nextStepDue,
        Set<ParticipantLink> participants) {

    public VisitDetails {
        participants = participants == null ? Set.of() : Set.copyOf(participants);
    }

    /** Field name to printable value, in a fixed order; revisions compare two of these. */
    public Map<String, String> snapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("employerId", text(employerId));
        fields.put("contactPersonId", text(contactPersonId));
        fields.put("startedAt", text(startedAt));
        fields.put("meetingMinutes", text(meetingMinutes));
        fields.put("travelMinutes", text(travelMinutes));
        fields.put("mode", text(mode));
        fields.put("purpose", text(purpose));
        fields.put("quality", text(quality));
        fields.put("outcome", outcome);
        fields.put("notes", notes);
        fields.put("nextStep", nextStep);
        fields.put("nextStepDue", text(nextStepDue));
        fields.put("participants", participants.isEmpty() ? null
                : participants.stream().map(ParticipantLink::text).sorted().collect(Collectors.joining(",")));
        return fields;
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
