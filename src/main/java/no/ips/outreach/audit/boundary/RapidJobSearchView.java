package no.ips.outreach.audit.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * Days to first employer contact. A participant is named (id and alias) only to their own specialist; everyone else
 * sees the same rows without the name, so the average can still be checked.
 *
 * @param averageDays   one decimal, or more where one would show another band (30.04 days, not 30.0)
 * @param waitCountedTo the day to which every wait is counted: the period's end, or today for a period not yet ended
 */
public record RapidJobSearchView(Double averageDays, long reachedInPeriod, long stillWaiting, LocalDate waitCountedTo,
                                 List<Reached> reached, List<Waiting> waiting) {

    public record Reached(Long participantId, String alias, LocalDate enrolledOn, LocalDate firstFaceToFace, long days) {
    }

    /** @param daysWaited from enrolment to {@code countedTo} */
    public record Waiting(Long participantId, String alias, LocalDate enrolledOn, LocalDate countedTo, long daysWaited) {
    }
}
