package no.ips.outreach.planning.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * One reason to visit one employer: what is due, for whom, and by when. Several causes for the same employer make one
 * {@link Suggestion}.
 */
public record SuggestionCause(long employerId, SuggestionReason reason, String explanation, Set<Long> participantIds,
                              LocalDate due) {

    public SuggestionCause {
        participantIds = participantIds == null ? Set.of() : Set.copyOf(participantIds);
    }
}
