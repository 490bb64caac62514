package no.ips.outreach.employers.control;

import no.ips.outreach.employers.entity.ContactSummary;
import no.ips.outreach.employers.entity.Employer;

/** An employer found by a search, with its contact history and, for a distance search, how far away it is. */
public record EmployerMatch(Employer employer, ContactSummary contacts, Double distanceKm) {
}
