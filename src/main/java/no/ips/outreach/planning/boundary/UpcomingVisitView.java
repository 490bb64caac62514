package no.ips.outreach.planning.boundary;

import java.time.LocalDate;
import java.time.LocalTime;
import no.ips.outreach.visits.entity.VisitPurpose;

/** A visit someone plans to make to an employer, as the employer's page shows it: who, when and why, no participants. */
public record UpcomingVisitView(long id, String specialist, String specialistName, LocalDate day, LocalTime startsAt,
                                int durationMinutes, VisitPurpose purpose) {
}
