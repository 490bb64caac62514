package no.ips.outreach.registers.entity;

/** One field of an employer that a re-import changed, with its old and new value. */
public record EmployerChange(long employerId, String employerName, String field, String oldValue, String newValue) {
}
