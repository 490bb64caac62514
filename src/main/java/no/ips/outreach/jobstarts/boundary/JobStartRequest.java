package no.ips.outreach.jobstarts.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.ips.outreach.jobstarts.control.JobStarts;

/**
 * A job start. With an {@code openingId} the employer, occupation, hours and competitiveness come from the opening
 * unless given; without one they are required.
 */
public record JobStartRequest(
        @NotNull Long participantId,
        Long openingId,
        Long employerId,
        @NotNull(message = "{outreach.v.date-example}") LocalDate startDate,
        LocalDate endDate,
        BigDecimal hoursPerWeek,
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.unit-group}") String occupationCode,
        Boolean competitive) {

    JobStarts.Request toRequest() {
        return new JobStarts.Request(participantId, employerId, openingId, startDate, endDate, hoursPerWeek, occupationCode, competitive);
    }
}
