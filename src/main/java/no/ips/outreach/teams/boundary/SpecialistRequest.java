package no.ips.outreach.teams.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import no.ips.outreach.employers.boundary.AddressPayload;
import no.ips.outreach.platform.security.TokenRules;

/** What an administrator sends to register or update a specialist. */
public record SpecialistRequest(
        @NotBlank @Pattern(regexp = TokenRules.USERNAME, message = "must be 1-100 letters, digits or . _ @ + -") String username,
        @Size(max = 200) String displayName,
        @NotNull Long teamId,
        @DecimalMin(value = "1", message = "must be between 1 and 60 hours")
        @DecimalMax(value = "60", message = "must be between 1 and 60 hours") BigDecimal weeklyHours,
        @Valid AddressPayload office) {
}
