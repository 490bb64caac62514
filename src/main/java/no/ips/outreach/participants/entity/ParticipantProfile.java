package no.ips.outreach.participants.entity;

import java.time.LocalDate;

/** Who a participant is to Outreach, apart from their preferences: deliberately little. */
public record ParticipantProfile(
        String externalRef,
        String alias,
        Program program,
        String programLabel,
        LocalDate enrolledOn,
        ParticipantStatus status,
        Disclosure disclosure,
        String disclosureText) {
}
