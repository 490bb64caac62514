package no.ips.outreach.employers.boundary;

import java.util.List;
import no.ips.outreach.platform.control.Page;

/** A page of employers; a named type so that the OpenAPI document shows the item schema. */
public record EmployerPage(List<EmployerView> items, long total, int offset, int limit, Integer nextOffset) {

    static EmployerPage of(Page<EmployerView> page) {
        return new EmployerPage(page.items(), page.total(), page.offset(), page.limit(), page.nextOffset());
    }
}
