package no.ips.outreach.planning.entity;

import java.time.LocalDate;

/** Another specialist of the team who plans to visit the same employer the same week, so the two can merge visits. */
public record Colleague(String username, String name, LocalDate day) {
}
