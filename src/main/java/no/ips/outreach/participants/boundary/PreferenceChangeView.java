package no.ips.outreach.participants.boundary;

import java.time.Instant;
import no.ips.outreach.participants.entity.PreferenceChange;

/** One preference a participant changed. */
public record PreferenceChangeView(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {

    static PreferenceChangeView of(PreferenceChange change) {
        return new PreferenceChangeView(change.changedAt(), change.changedBy(), change.change().field(),
                change.change().oldValue(), change.change().newValue());
    }
}
