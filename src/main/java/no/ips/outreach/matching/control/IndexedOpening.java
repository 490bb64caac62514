package no.ips.outreach.matching.control;

import java.time.LocalDate;
import no.ips.outreach.matching.entity.OpeningProfile;

/** An open opening in the index, with what ranking needs besides its profile. */
public record IndexedOpening(OpeningProfile profile, String title, String employerName, LocalDate deadline) {

    public boolean openOn(LocalDate day) {
        return deadline == null || !deadline.isBefore(day);
    }
}
