package no.ips.outreach.openings.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningStatus;

/** Takes an opening off the board: CLOSED (withdrawn, on hold) or EXPIRED (ran out), and why. */
public record CloseRequest(
        @NotNull(message = "must be CLOSED or EXPIRED") OpeningStatus status,
        @NotBlank(message = "say why the opening is closed") @Size(max = JobOpening.REASON_LENGTH) String reason) {
}
