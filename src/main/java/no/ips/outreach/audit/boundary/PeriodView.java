package no.ips.outreach.audit.boundary;

import java.time.LocalDate;
import no.ips.outreach.audit.entity.ReportPeriod;

/** @param workingWeeks weekdays in the period / 5: what weekly targets and scheduled hours are multiplied by */
public record PeriodView(String label, LocalDate from, LocalDate to, double workingWeeks) {

    static PeriodView of(ReportPeriod period) {
        return new PeriodView(period.label(), period.from(), period.to(), period.workingWeeks());
    }
}
