package no.ips.outreach.jobstarts.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** When and why a job ended. */
public record JobEndRequest(@NotNull(message = "{outreach.v.date-example}") LocalDate endDate, @Size(max = 500) String reason) {
}
