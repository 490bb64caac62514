package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import no.ips.outreach.planning.entity.Colleague;

/** A colleague who plans the same employer the same week. */
public record ColleagueView(String username, String name, LocalDate day) {

    static ColleagueView of(Colleague colleague) {
        return new ColleagueView(colleague.username(), colleague.name(), colleague.day());
    }
}
