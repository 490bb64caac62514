package no.ips.outreach.matching.decisions.boundary;

import java.util.List;

/** One page of matches, most recently changed first unless sorted otherwise. */
public record MatchPage(List<MatchSummary> items, long total, int offset, int limit, Integer nextOffset) {
}
