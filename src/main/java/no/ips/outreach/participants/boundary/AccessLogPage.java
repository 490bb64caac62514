package no.ips.outreach.participants.boundary;

import java.util.List;
import no.ips.outreach.platform.control.Page;

/** One page of the access log, newest first. */
public record AccessLogPage(List<AccessRecordView> items, long total, int offset, int limit, Integer nextOffset) {

    static AccessLogPage of(Page<AccessRecordView> page) {
        return new AccessLogPage(page.items(), page.total(), page.offset(), page.limit(), page.nextOffset());
    }
}
