package no.ips.outreach.jobstarts.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.ips.outreach.jobstarts.entity.JobStart;

/** A job start as the participant's specialist and the team's managers see it. */
public record JobStartView(long id, long participantId, long employerId, String employerName, Long openingId,
                           LocalDate startDate, LocalDate endDate, String endReason, BigDecimal hoursPerWeek,
                           String occupationCode, boolean competitive, String createdBy, Instant createdAt, long version) {

    static JobStartView of(JobStart start, String employerName) {
        var terms = start.terms();
        return new JobStartView(start.id(), terms.participantId(), terms.employerId(), employerName, terms.openingId(),
                terms.startDate(), terms.endDate(), start.endReason(), terms.hoursPerWeek(), terms.occupationCode(),
                terms.competitive(), start.createdBy(), start.createdAt(), start.version());
    }
}
