package no.ips.outreach.jobstarts.entity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What was agreed for a job start: where, which job, from when, how many hours, and whether it is competitive. */
public record JobStartTerms(long participantId, long employerId, Long openingId, LocalDate startDate, LocalDate endDate,
                            BigDecimal hoursPerWeek, String occupationCode, boolean competitive) {
}
