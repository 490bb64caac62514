package no.ips.outreach.openings.boundary;

import java.util.List;

/** A page of openings; a named type so that the OpenAPI document shows the item schema. */
public record OpeningPage(List<OpeningView> items, long total, int offset, int limit, Integer nextOffset) {
}
