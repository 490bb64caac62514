package no.ips.outreach.matching.decisions.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import no.ips.outreach.matching.decisions.control.MatchDecisions;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.matching.decisions.entity.MatchStage;

/** The stage a match reached and why; HIRED also gives the job's start date and, if not the opening's, its hours. */
public record StepRequest(@NotNull MatchStage stage, @Size(max = MatchDecision.REASON_LENGTH) String reason,
                          LocalDate startDate, BigDecimal hoursPerWeek) {

    MatchDecisions.Hire hire() {
        return new MatchDecisions.Hire(startDate, hoursPerWeek);
    }
}
