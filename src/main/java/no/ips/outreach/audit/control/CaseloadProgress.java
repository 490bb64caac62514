package no.ips.outreach.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import no.ips.outreach.audit.entity.JobStartFact;
import no.ips.outreach.audit.entity.ParticipantJourney;
import no.ips.outreach.audit.entity.RapidJobSearch;
import no.ips.outreach.audit.entity.ReportPeriod;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.platform.control.Sql;

/**
 * The participants behind the figures: caseloads, first employer contacts and job starts, counted for each
 * participant's current specialist. The national report counts every participant in the database instead of
 * listing them.
 */
@ApplicationScoped
public class CaseloadProgress {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public List<ParticipantJourney> journeys(Collection<String> specialists) {
        if (specialists.isEmpty()) {
            return List.of();
        }
        var query = em.createNativeQuery("SELECT p.id, p.alias, s.username, p.enrolled_on, p.status, "
                + "p.first_face_to_face_on FROM participant p JOIN specialist s ON s.id = p.specialist_id "
                + "WHERE s.username IN (" + String.join(", ", Collections.nCopies(specialists.size(), "?")) + ")");
        int position = 1;
        for (String specialist : specialists) {
            query.setParameter(position++, specialist);
        }
        List<ParticipantJourney> journeys = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            journeys.add(new ParticipantJourney(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    Sql.date(row[3]), ParticipantStatus.valueOf((String) row[4]),
                    row[5] == null ? null : Sql.date(row[5])));
        }
        return journeys;
    }

    /**
     * Rapid job search for every participant, counted in the database: first contacts in the period with their days
     * from enrolment (a contact logged before the recorded enrolment counts as no wait), and those still waiting at
     * the period's end.
     */
    public RapidJobSearch rapidJobSearch(ReportPeriod period, LocalDate today) {
        LocalDate end = RapidJobSearch.countedTo(period, today);
        Object[] reached = (Object[]) em.createNativeQuery("SELECT COUNT(*), "
                        + "SUM(GREATEST(0, TIMESTAMPDIFF(DAY, enrolled_on, first_face_to_face_on))) FROM participant "
                        + "WHERE first_face_to_face_on BETWEEN ? AND ?")
                .setParameter(1, period.from()).setParameter(2, period.to()).getSingleResult();
        Number waiting = (Number) em.createNativeQuery("SELECT COUNT(*) FROM participant "
                        + "WHERE status IN ('ENGAGEMENT', 'JOB_SEARCH') AND enrolled_on <= ? "
                        + "AND (first_face_to_face_on IS NULL OR first_face_to_face_on > ?)")
                .setParameter(1, end).setParameter(2, end).getSingleResult();
        return RapidJobSearch.counted(((Number) reached[0]).longValue(),
                reached[1] == null ? 0 : ((Number) reached[1]).longValue(), waiting.longValue(), end);
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
