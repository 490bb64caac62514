package no.ips.outreach.participants.control;

import no.ips.outreach.participants.entity.JobPreferences;
import no.ips.outreach.participants.entity.Participant;

/** A participant as read to be shown, with the preferences read alongside (the entity's collections stay unloaded). */
public record ParticipantRead(Participant participant, JobPreferences preferences) {
}
