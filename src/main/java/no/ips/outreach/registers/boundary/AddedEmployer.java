package no.ips.outreach.registers.boundary;

/** The employer added from a register unit (read it at the Location), and the unit it was taken from. */
public record AddedEmployer(long employerId, RegisterUnitView unit) {
}
