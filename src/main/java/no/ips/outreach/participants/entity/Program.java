package no.ips.outreach.participants.entity;

/** The programme a participant is in: IPS, IPS for young people (IPS-ung), or another, named by a label. */
public enum Program {
    IPS, IPS_UNG, OTHER
}
