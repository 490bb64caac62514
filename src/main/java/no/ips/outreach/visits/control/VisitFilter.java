package no.ips.outreach.visits.control;

import java.time.LocalDate;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * Which visits to list; every field is optional. Dates are inclusive, in the service's reporting zone. Without a
 * {@code scope} every team's visits are listed (administrators).
 */
public record VisitFilter(String specialist, Long employerId, LocalDate from, LocalDate to, VisitMode mode, VisitScope scope) {
}
