package no.ips.outreach.teams.boundary;

import java.util.List;

/** Who the caller is to Outreach: their roles, their specialist record if any, and the teams they manage. */
public record MeView(String username, List<String> roles, SpecialistView specialist, List<TeamView> managedTeams) {
}
