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
        @NotBlank @Pattern(regexp = TokenRules.USERNAME, message = "{outreach.v.username}") String username,
        @Size(max = 200) String displayName,
        @NotNull Long teamId,
        @DecimalMin(value = "1", message = "{outreach.v.hours-1-60}")
        @DecimalMax(value = "60", message = "{outreach.v.hours-1-60}") BigDecimal weeklyHours,
        @Valid AddressPayload office) {
}
