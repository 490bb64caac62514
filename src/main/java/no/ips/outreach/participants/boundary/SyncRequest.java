package no.ips.outreach.participants.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.ips.outreach.participants.control.SyncRow;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;

/** One participant from the host case system; the external reference is the path's. */
public record SyncRequest(
        @NotBlank @Size(max = 40, message = "{outreach.v.alias}") String alias,
        @NotBlank @Size(max = 100) String specialist,
        @NotNull(message = "{outreach.v.program}") Program program,
        @Size(max = 60) String programLabel,
        @NotNull(message = "{outreach.v.date-example}") LocalDate enrolledOn,
        @NotNull(message = "{outreach.v.participant-status}") ParticipantStatus status,
        @NotNull(message = "{outreach.v.disclosure}") Disclosure disclosure,
        @Size(max = 1000) String disclosureText) {

    SyncRow toRow(String externalRef) {
        return new SyncRow(externalRef, alias, specialist, program, programLabel, enrolledOn, status, disclosure, disclosureText);
    }
}
