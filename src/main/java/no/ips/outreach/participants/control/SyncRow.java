package no.ips.outreach.participants.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantProfile;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;

/**
 * One participant as the host case system holds them: its id ({@code externalRef}) is the key, the specialist is
 * named by user name and must work in the integration's team. The same limits as a specialist's enrolment.
 */
public record SyncRow(
        @NotBlank @Size(max = 64) String externalRef,
        @NotBlank @Size(max = 40, message = "{outreach.v.alias}") String alias,
        @NotBlank @Size(max = 100) String specialist,
        @NotNull(message = "{outreach.v.program}") Program program,
        @Size(max = 60) String programLabel,
        @NotNull(message = "{outreach.v.date-example}") LocalDate enrolledOn,
        @NotNull(message = "{outreach.v.participant-status}") ParticipantStatus status,
        @NotNull(message = "{outreach.v.disclosure}") Disclosure disclosure,
        @Size(max = 1000) String disclosureText) {

    public String reference() {
        return externalRef.trim();
    }

    ParticipantProfile profile() {
        return new ParticipantProfile(reference(), alias, program, programLabel, enrolledOn, status, disclosure, disclosureText);
    }
}
