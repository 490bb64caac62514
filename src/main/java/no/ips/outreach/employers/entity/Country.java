package no.ips.outreach.employers.entity;

/** Where an employer is registered, which decides how its organisation number is checked. */
public enum Country {
    /** Enhetsregisteret: 9-digit organisasjonsnummer. */
    NO,
    /** CVR: 8-digit CVR-nummer. */
    DK
}
