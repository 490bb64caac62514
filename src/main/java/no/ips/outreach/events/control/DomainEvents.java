package no.ips.outreach.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.jobstarts.entity.JobStart;
import no.ips.outreach.matching.decisions.entity.MatchDecision;
import no.ips.outreach.openings.entity.JobOpening;

/**
 * The one line each control class calls where a domain event happens, in its transaction. The payloads are shaped
 * here, in one place, so that what leaves Outreach can be read at a glance: ids, dates, codes and states, a
 * participant by externalRef; never an alias, a name, a reason or a note.
 */
@ApplicationScoped
public class DomainEvents {

    @Inject
    Outbox outbox;

    @Inject
    ParticipantRefs refs;

    public void opening(EventType type, JobOpening opening) {
        outbox.record(type, "openings/" + opening.id(), null, openingData(opening.id(), opening.employerId(),
                opening.details().occupationCode(), opening.details().positions()));
    }

    static Map<String, Object> openingData(long id, long employerId, String occupationCode, int positions) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("openingId", id);
        data.put("employerId", employerId);
        data.put("occupationCode", occupationCode);
        data.put("positions", positions);
        return data;
    }

    public void jobStarted(JobStart start) {
        var t = start.terms();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobStartId", start.id());
        data.put("employerId", t.employerId());
        data.put("openingId", t.openingId());
        data.put("startDate", t.startDate().toString());
        data.put("hoursPerWeek", t.hoursPerWeek());
        data.put("occupationCode", t.occupationCode());
        data.put("competitive", t.competitive());
        participantEvent(EventType.JOB_STARTED, "job-starts/" + start.id(), t.participantId(), data);
    }

    public void jobEnded(JobStart start, LocalDate on) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("jobStartId", start.id());
        data.put("employerId", start.terms().employerId());
        data.put("endDate", on.toString());
        participantEvent(EventType.JOB_ENDED, "job-starts/" + start.id(), start.terms().participantId(), data);
    }

    public void matchStep(MatchDecision decision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("matchId", decision.id());
        data.put("openingId", decision.openingId());
        data.put("stage", decision.stage().name());
        participantEvent(EventType.MATCH_DECIDED, "matches/" + decision.id(), decision.participantId(), data);
    }

    public void firstEmployerContact(long participantId, LocalDate day) {
        participantEvent(EventType.FIRST_EMPLOYER_CONTACT, "participants/" + participantId, participantId,
                Map.of("day", day.toString()));
    }

    /**
     * Anonymised: named by the externalRef it had (the caller reads it before the wipe), so that the host can drop
     * its own link; the event is the last that carries it.
     */
    public void anonymised(long participantId, String formerRef) {
        Map<String, Object> data = ParticipantRefs.with(Map.of(), formerRef);
        outbox.record(EventType.PARTICIPANT_ANONYMISED, "participants/" + participantId, formerRef, data);
    }

    public void weekSignedOff(String specialist, String week, String by) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("specialist", specialist);
        data.put("week", week);
        data.put("signedOffBy", by);
        outbox.record(EventType.WEEK_SIGNED_OFF, "weeks/" + specialist + "/" + week, null, data);
    }

    private void participantEvent(EventType type, String subject, long participantId, Map<String, Object> data) {
        String ref = refs.of(participantId);
        outbox.record(type, subject, ref, ParticipantRefs.with(data, ref));
    }
}
