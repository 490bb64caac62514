package no.ips.outreach.occupations.boundary;

import java.util.List;
import no.ips.outreach.platform.control.Page;

/** A page of occupations; a named type so that the OpenAPI document shows the item schema. */
public record OccupationPage(List<OccupationView> items, long total, int offset, int limit, Integer nextOffset) {

    static OccupationPage of(Page<OccupationView> page) {
        return new OccupationPage(page.items(), page.total(), page.offset(), page.limit(), page.nextOffset());
    }
}
