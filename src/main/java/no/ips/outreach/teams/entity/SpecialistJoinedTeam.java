package no.ips.outreach.teams.entity;

/**
 * A specialist was registered in a team or moved to another one ({@code fromTeamId} is null for a new record). Fired
 * inside the writing transaction, so that what is kept per team moves with them or not at all.
 */
public record SpecialistJoinedTeam(String username, Long fromTeamId, long toTeamId) {
}
