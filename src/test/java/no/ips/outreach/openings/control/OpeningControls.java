package no.ips.outreach.openings.control;

import no.ips.outreach.events.control.EventControls;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import no.ips.outreach.employers.control.EmployerControls;
import no.ips.outreach.occupations.control.OccupationControls;
import no.ips.outreach.teams.control.TeamScope;
import no.ips.outreach.visits.control.VisitControls;

/** Wires the opening control classes outside CDI, for data tests. */
public final class OpeningControls {

    private OpeningControls() {
    }

    public static OpeningStore store(EntityManager em, Clock clock) {
        var store = new OpeningStore();
        store.em = em;
        store.clock = clock;
        return store;
    }

    public static OpeningBoard board(EntityManager em, Clock clock) {
        var board = new OpeningBoard();
        board.em = em;
        board.clock = clock;
        board.events = EventControls.domainEvents(em, clock);
        board.store = store(em, clock);
        board.employers = EmployerControls.store(em, clock);
        board.visits = VisitControls.store(em);
        board.occupations = OccupationControls.catalogue(em);
        // an administrator's scope: every visit may be cited (system tests check other teams' visits)
        board.teams = new TeamScope() {
            @Override
            public boolean seesAllTeams() {
                return true;
            }
        };
        return board;
    }
}
