package no.ips.outreach.participants.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;

/**
 * A participant as a specialist registers them: a reference to the host system and an alias, never a national
 * identity number or a diagnosis. {@code specialist} is only for managers enrolling on a specialist's behalf.
 */
public record ParticipantRequest(
        @Size(max = 64) String externalRef,
        @NotBlank @Size(max = 40, message = "{outreach.v.alias}") String alias,
        @Size(max = 100) String specialist,
        @NotNull(message = "{outreach.v.program}") Program program,
        @Size(max = 60) String programLabel,
        @NotNull(message = "{outreach.v.date-example}") LocalDate enrolledOn,
        @NotNull(message = "{outreach.v.participant-status}") ParticipantStatus status,
        @NotNull(message = "{outreach.v.disclosure}") Disclosure disclosure,
        @Size(max = 1000) String disclosureText) {

    ParticipantProfile toProfile() {
        return new ParticipantProfile(externalRef, alias, program, programLabel, enrolledOn, status, disclosure, disclosureText);
    }
}
