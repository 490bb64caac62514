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
        @NotBlank(message = "must be an ISCO-08/STYRK-08 unit group, e.g. 5120 for cooks") String occupationCode,
        @Size(max = JobOpening.DESCRIPTION_LENGTH) String description,
        @NotNull(message = "must be between 0.5 and 80 hours a week") BigDecimal hoursPerWeek,
        Set<Shift> shifts,
        @Valid AddressPayload workplace,
        @NotNull(message = "must be at least 1") Integer positions,
        LocalDate startDate,
        LocalDate applicationDeadline,
        Boolean drivingLicence,
        Set<String> languages,
        @NotNull(message = "say whether the job is competitive: ordinary wage, open to anyone, not set aside for disabled people")
        Boolean competitive,
        @NotNull(message = "must be one of DEVELOPED_THROUGH_VISIT, ADVERTISED, EMPLOYER_GOT_IN_TOUCH") OpeningSource source,
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
