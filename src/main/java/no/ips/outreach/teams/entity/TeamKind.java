package no.ips.outreach.teams.entity;

/** Where IPS is run: by a NAV office in Norway, by a jobcentre in Denmark. */
public enum TeamKind {
    NAV_OFFICE, JOBCENTRE
}
