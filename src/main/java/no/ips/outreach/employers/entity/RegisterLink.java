package no.ips.outreach.employers.entity;

/**
 * The register unit an employer is taken from: its kind (ENHET, UNDERENHET, P_UNIT), number, a P-number, and the day
 * the register closed it, if it has.
 */
public record RegisterLink(String kind, String number, String pNumber, java.time.LocalDate closedOn) {
}
