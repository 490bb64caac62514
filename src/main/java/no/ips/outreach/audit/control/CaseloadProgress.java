package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collections;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.ParticipantJourney;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.visits.entity.ContactFacts;

/**
 * The participants behind the figures: caseloads, first employer contacts and job starts, counted for each
 * participant's current specialist. A null list of specialists means every registered specialist (the national
 * report).
 */
@ApplicationScoped
public class CaseloadProgress {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public List<ParticipantJourney> journeys(Collection<String> specialists) {
        if (specialists != null && specialists.isEmpty()) {
            return List.of();
        }
        String scope = specialists == null ? "" : " WHERE p.specialist.username IN :specialists";
        // native: EclipseLink hands MIN of a converted column to the converter as a Timestamp, which it cannot take
        var firstContacts = em.createNativeQuery("SELECT vp.participant_id, MIN(v.started_at) FROM visit_participant vp "
                + "JOIN visit v ON v.id = vp.visit_id WHERE v.mode = 'IN_PERSON' AND vp.participant_id IN (SELECT p.id "
                + "FROM participant p" + (specialists == null ? "" : " JOIN specialist s ON s.id = p.specialist_id "
                + "WHERE s.username IN (" + String.join(", ", Collections.nCopies(specialists.size(), "?")) + ")")
                + ") GROUP BY vp.participant_id");
        var participants = em.createQuery("SELECT p.id, p.alias, p.specialist.username, p.enrolledOn, p.status "
                + "FROM Participant p" + scope, Object[].class);
        if (specialists != null) {
            int position = 1;
            for (String specialist : specialists) {
                firstContacts.setParameter(position++, specialist);
            }
            participants.setParameter("specialists", specialists);
        }
        Map<Long, LocalDate> firstDay = new HashMap<>();
        for (Object result : firstContacts.getResultList()) {
            Object[] row = (Object[]) result;
            firstDay.put(((Number) row[0]).longValue(), LocalDate.ofInstant(Sql.instant(row[1]), ContactFacts.ZONE));
        }
        return participants.getResultStream().map(row -> new ParticipantJourney((Long) row[0], (String) row[1],
                (String) row[2], (LocalDate) row[3], (ParticipantStatus) row[4], firstDay.get((Long) row[0]))).toList();
    }

    public List<JobStartFact> jobStarts(Collection<String> specialists, ReportPeriod period) {
        if (specialists != null && specialists.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("SELECT j.occupationCode, j.employerId, j.competitive FROM JobStart j "
                        + "WHERE j.startDate BETWEEN :from AND :to" + (specialists == null ? ""
                        : " AND j.participantId IN (SELECT p.id FROM Participant p WHERE p.specialist.username IN :specialists)"),
                Object[].class)
                .setParameter("from", period.from())
                .setParameter("to", period.to());
        if (specialists != null) {
            query.setParameter("specialists", specialists);
        }
        return query.getResultStream().map(row -> new JobStartFact((String) row[0], (Long) row[1], (Boolean) row[2])).toList();
    }
}
