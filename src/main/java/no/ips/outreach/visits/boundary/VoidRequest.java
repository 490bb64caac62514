package no.ips.outreach.visits.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import no.ips.outreach.visits.entity.Visit;

/** Why a visit is void: the wrong employer, a meeting that never happened. The reviewer reads it in the log. */
public record VoidRequest(
        @NotBlank(message = "{outreach.v.void-reason}")
        @Size(max = Visit.VOID_REASON_LENGTH) String reason) {
}
