package no.ips.outreach.visits.boundary;

import java.util.List;

/** A page of visits; a named type so that the OpenAPI document shows the item schema. */
public record VisitPage(List<VisitView> items, long total, int offset, int limit, Integer nextOffset) {
}
