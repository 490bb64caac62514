package no.ips.outreach.openings.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import no.ips.outreach.employers.boundary.AddressPayload;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.openings.entity.OpeningDetails;
import no.ips.outreach.openings.entity.OpeningSource;
import no.ips.outreach.participants.entity.Shift;
import no.ips.outreach.platform.boundary.NoNulls;

/**
 * An opening as a specialist registers or edits it. Who registered it comes from the token. Leave out
 * {@code workplace} when the job is at the employer's own address.
 */
public record OpeningRequest(
        @NotNull Long employerId,
        @NotBlank @Size(max = JobOpening.TITLE_LENGTH) String title,
        @NotBlank(message = "{outreach.v.unit-group-example}") String occupationCode,
        @Size(max = JobOpening.DESCRIPTION_LENGTH) String description,
        @NotNull(message = "{outreach.v.hours-per-week}") BigDecimal hoursPerWeek,
        Set<Shift> shifts,
        @Valid AddressPayload workplace,
        @NotNull(message = "{outreach.v.at-least-1}") Integer positions,
        LocalDate startDate,
        LocalDate applicationDeadline,
        Boolean drivingLicence,
        Set<String> languages,
        @NotNull(message = "{outreach.v.competitive}")
        Boolean competitive,
        @NotNull(message = "{outreach.v.opening-source}") OpeningSource source,
        Long visitId,
        Boolean hiddenJobMarket) {

    OpeningDetails toDetails() {
        NoNulls.in("shifts", shifts);
        NoNulls.in("languages", languages);
        return new OpeningDetails(employerId, title, occupationCode, description, hoursPerWeek, shifts,
                workplace == null ? null : workplace.toAddress(), positions, startDate, applicationDeadline,
                Boolean.TRUE.equals(drivingLicence), languages, competitive, source, visitId,
                Boolean.TRUE.equals(hiddenJobMarket));
    }
}
