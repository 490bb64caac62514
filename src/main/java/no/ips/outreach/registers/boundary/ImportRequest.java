package no.ips.outreach.registers.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import no.ips.outreach.registers.entity.NaceVersion;
import no.ips.outreach.registers.entity.UnitKind;

/**
 * Which file of the import directory to import, and what it holds. {@code naceVersion} says which edition of the
 * industry standard the file's codes are in, when known; otherwise each code's edition is worked out (see README).
 */
public record ImportRequest(
        @NotNull(message = "{outreach.v.register-kind}") UnitKind kind,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,200}", message = "{outreach.v.register-file}") String file,
        NaceVersion naceVersion) {
}
