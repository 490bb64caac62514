package no.ips.outreach.registers.entity;

/** A register unit as stored, with its parent's name and organisation form when the parent is imported too. */
public record UnitRow(RegisterUnit unit, String parentName, String parentOrganisationForm) {
}
