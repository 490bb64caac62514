package no.ips.outreach.openings.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningStatus;

/** Takes an opening off the board: CLOSED (withdrawn, on hold) or EXPIRED (ran out), and why. */
public record CloseRequest(
        @NotNull(message = "{outreach.v.close-status}") OpeningStatus status,
        @NotBlank(message = "{outreach.v.close-reason}") @Size(max = JobOpening.REASON_LENGTH) String reason) {
}
