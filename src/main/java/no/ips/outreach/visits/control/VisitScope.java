package no.ips.outreach.visits.control;

import java.util.Set;

/**
 * Whose visits a reader may see: their own and those of the specialists in the teams given (their own team and the
 * teams they manage). Visits are shared within a team so that specialists can coordinate who visits whom; another
 * team's outreach notes are not theirs to read.
 */
public record VisitScope(String reader, Set<Long> teamIds) {

    public VisitScope {
        teamIds = Set.copyOf(teamIds);
    }

    /** The JPQL condition over a visit aliased {@code v}. */
    String condition() {
        return teamIds.isEmpty() ? "v.specialist = :reader"
                : "(v.specialist = :reader OR v.specialist IN (SELECT s.username FROM Specialist s WHERE s.team.id IN :teams))";
    }
}
