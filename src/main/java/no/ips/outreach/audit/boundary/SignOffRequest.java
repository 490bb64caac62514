package no.ips.outreach.audit.boundary;

import jakarta.validation.constraints.Size;
import no.ips.outreach.audit.entity.WeekReview;

/** What a manager may add to a sign-off: a supervision note, kept in the week's history. */
public record SignOffRequest(@Size(max = WeekReview.NOTE_LENGTH) String note) {
}
