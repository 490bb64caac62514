package no.ips.outreach.audit.boundary;

public record JobStartsView(int jobStarts, long differentOccupations, long differentEmployers, long competitive) {
}
