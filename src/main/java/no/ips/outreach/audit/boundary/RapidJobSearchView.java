package no.ips.outreach.audit.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Days to first employer contact. A participant is named (id and alias) only to their own specialist; everyone else
 * sees the same rows without the name, so the average can still be checked.
 */
public record RapidJobSearchView(Double averageDays, long reachedInPeriod, long stillWaiting, List<Reached> reached,
                                 List<Waiting> waiting) {

    public record Reached(Long participantId, String alias, LocalDate enrolledOn, LocalDate firstFaceToFace, long days) {
    }

    public record Waiting(Long participantId, String alias, LocalDate enrolledOn, long daysWaited) {
    }
}
