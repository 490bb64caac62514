package no.ips.outreach.planning.entity;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import no.ips.outreach.visits.entity.VisitPurpose;

/** What a specialist decides about a visit they plan: where, when, for how long, why and for whom. */
public record PlannedVisitDetails(
        long employerId,
        LocalDate day,
        LocalTime startsAt,
        int durationMinutes,
        VisitPurpose purpose,
        SuggestionReason reason,
        String note,
        Set<Long> participantIds) {

    public PlannedVisitDetails {
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
    }
}
