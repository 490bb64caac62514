package no.ips.outreach.teams.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** The complete list of user names that manage a team. */
public record ManagersRequest(@NotNull @Size(max = 50) Set<@NotNull @Size(min = 1, max = 100) String> usernames) {
}
