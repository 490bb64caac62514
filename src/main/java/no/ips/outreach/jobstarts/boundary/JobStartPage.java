package no.ips.outreach.jobstarts.boundary;

import java.util.List;

/** One page of job starts, newest first. */
public record JobStartPage(List<JobStartView> items, long total, int offset, int limit, Integer nextOffset) {
}
