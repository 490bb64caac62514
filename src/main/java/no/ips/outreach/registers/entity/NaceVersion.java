package no.ips.outreach.registers.entity;

/**
 * The edition of the Norwegian industry standard (Standard for næringsgruppering) a code is from. Both write codes
 * as {@code NN.NNN}; SN2025 (on NACE Rev. 2.1) replaced SN2007 (on NACE Rev. 2) in the registers in 2025.
 */
public enum NaceVersion {
    SN2007, SN2025,
    /** Denmark's Dansk Branchekode 2007, six digits; the code kept is its NACE Rev. 2 class ({@code 85.59}). */
    DB07
}
