package no.ips.outreach.supervision.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import no.ips.outreach.audit.entity.WeekReview;

/** Several specialist-weeks to sign off at once, each with an optional supervision note. */
public record SignOffsRequest(@NotEmpty @Size(max = 500) List<@Valid @jakarta.validation.constraints.NotNull Item> signOffs) {

    public record Item(@NotBlank String specialist, @NotBlank String week,
                       @Size(max = WeekReview.NOTE_LENGTH) String note) {
    }
}
