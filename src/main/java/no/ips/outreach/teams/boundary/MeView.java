package no.ips.outreach.teams.boundary;

import java.util.List;

/**
 * Who the caller is to Outreach: their roles, their specialist record if any, the teams they manage, the language
 * the service writes to them in, and the language they chose (null: their Accept-Language header decides).
 */
public record MeView(String username, List<String> roles, SpecialistView specialist, List<TeamView> managedTeams,
                     String language, String preferredLanguage) {
}
