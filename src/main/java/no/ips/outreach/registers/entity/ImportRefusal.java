package no.ips.outreach.registers.entity;

/** A record an import left out: its number in the file (from 1), the line it starts on, and why. */
public record ImportRefusal(long recordNumber, long line, String unitNumber, String reason) {
}
