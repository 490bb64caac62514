package no.ips.outreach.participants.boundary;

import java.time.Instant;
import java.time.LocalDate;
import no.ips.outreach.participants.control.ParticipantRead;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Participant;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;

/** A participant as their specialist and the team's managers see them. */
public record ParticipantView(long id, String externalRef, String alias, String specialist, String specialistName,
                              Program program, String programLabel, LocalDate enrolledOn, ParticipantStatus status,
                              Disclosure disclosure, String disclosureText, PreferencesPayload preferences,
                              Instant anonymisedAt, long version) {

    static ParticipantView of(Participant participant) {
        return of(participant, participant.preferences());
    }

    static ParticipantView of(ParticipantRead read) {
        return of(read.participant(), read.preferences());
    }

    private static ParticipantView of(Participant participant, JobPreferences preferences) {
        var profile = participant.profile();
        return new ParticipantView(participant.id(), profile.externalRef(), profile.alias(),
                participant.specialist().username(), participant.specialist().displayName(), profile.program(),
                profile.programLabel(), profile.enrolledOn(), profile.status(), profile.disclosure(),
                profile.disclosureText(), PreferencesPayload.of(preferences), participant.anonymisedAt(),
                participant.version());
    }
}
