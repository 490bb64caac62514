package no.ips.outreach.teams.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.ips.outreach.teams.entity.Team;
import no.ips.outreach.teams.entity.TeamKind;

/**
 * What an administrator sends to create or rename a team. The code cannot change once created. Without a weekly visit
 * target the planner uses the configured default (outreach.planner.weekly-visit-target, 6 as the fidelity scale asks).
 */
public record TeamRequest(
        @NotNull @Pattern(regexp = Team.CODE_PATTERN, message = "{outreach.v.team-code}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull(message = "{outreach.v.team-kind}") TeamKind kind,
        @Pattern(regexp = "\\d{4}", message = "{outreach.v.municipality-code}") String municipalityCode,
        @Min(value = 1, message = "{outreach.v.weekly-target}")
        @Max(value = 40, message = "{outreach.v.weekly-target}")
        Integer weeklyVisitTarget) {
}
