package no.ips.outreach.participants.boundary;

import java.util.List;
import no.ips.outreach.platform.control.Page;

/** One page of participants, with the total the caller may see. */
public record ParticipantPage(List<ParticipantView> items, long total, int offset, int limit, Integer nextOffset) {

    static ParticipantPage of(Page<ParticipantView> page) {
        return new ParticipantPage(page.items(), page.total(), page.offset(), page.limit(), page.nextOffset());
    }
}
