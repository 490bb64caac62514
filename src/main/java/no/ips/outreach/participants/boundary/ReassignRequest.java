package no.ips.outreach.participants.boundary;

import jakarta.validation.constraints.NotBlank;

/** Whom to hand a participant to: the user name of a specialist in the same team. */
public record ReassignRequest(@NotBlank String specialist) {
}
