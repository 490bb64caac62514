package no.ips.outreach.matching.boundary;

import no.ips.outreach.platform.control.QueryParams;

/** How many ranked results a matching endpoint returns: 1-100, default 20; more is refused with a 400. */
final class MatchLimit {

    static final int MAX = 100;

    private MatchLimit() {
    }

    static int parse(String value) {
        return QueryParams.integer("limit", value, 20, 1, MAX);
    }
}
