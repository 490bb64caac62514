package no.ips.outreach.participants.entity;

import java.util.List;
import java.util.Set;

/**
 * The list-valued half of a participant's job preferences, as kept in their four collection tables. A read that only
 * shows the participant takes them in one statement ({@code Caseload.readInFull}) instead of loading the entity's
 * four collections one query each.
 */
public record PreferenceLists(List<String> occupations, Set<String> desiredIndustries, Set<String> excludedIndustries,
                              Set<Shift> shifts, Set<String> languages) {
}
