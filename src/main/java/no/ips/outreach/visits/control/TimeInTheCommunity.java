package no.ips.outreach.visits.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.problem.ProblemException;
import no.ips.outreach.visits.entity.ContactFacts;
import no.ips.outreach.visits.entity.Visit;
import no.ips.outreach.visits.entity.VisitDetails;
import no.ips.outreach.visits.entity.VisitMode;

/**
 * The rules a logged visit must keep against the specialist's other visits, so that time in the community and
 * face-to-face contacts cannot be inflated: nobody is at two workplaces at once, and one day's meetings and travel
 * fit in {@link Visit#MAX_DAY_MINUTES}.
 */
@ApplicationScoped
public class TimeInTheCommunity {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    /** Refuses a visit that overlaps another in-person visit of the specialist (409), or overfills the day (400). */
    public void requireFits(String specialist, VisitDetails details, Long visitId) {
        ZoneId zone = ContactFacts.ZONE;
        LocalDate day = LocalDate.ofInstant(details.startedAt(), zone);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant end = details.startedAt().plus(Duration.ofMinutes(details.meetingMinutes()));
        List<Visit> near = em.createQuery("SELECT v FROM Visit v WHERE v.specialist = :specialist AND v.startedAt >= :from "
                        + "AND v.startedAt < :to AND v.mode IN :modes AND v.voidedAt IS NULL ORDER BY v.startedAt, v.id", Visit.class)
                .setParameter("specialist", specialist)
                .setParameter("from", dayStart.minus(Duration.ofMinutes(Visit.MAX_EVENT_MINUTES)))
                .setParameter("to", end.isAfter(dayEnd) ? end : dayEnd)
                .setParameter("modes", List.of(VisitMode.IN_PERSON, VisitMode.EVENT))
                .getResultList().stream().filter(v -> !Objects.equals(v.id(), visitId)).toList();
        if (details.mode() == VisitMode.IN_PERSON) {
            near.stream().filter(Visit::isFaceToFace)
                    .filter(other -> other.details().startedAt().isBefore(end) && other.endsAt().isAfter(details.startedAt()))
                    .findFirst().ifPresent(other -> {
                        throw ProblemException.conflict(Messages.get("visit.overlap", String.valueOf(other.id()),
                                TIME.format(other.details().startedAt().atZone(zone)), String.valueOf(other.details().meetingMinutes())));
                    });
        }
        if (details.mode() == VisitMode.IN_PERSON || details.mode() == VisitMode.EVENT) {
            int sameDay = near.stream().filter(v -> !v.details().startedAt().isBefore(dayStart))
                    .filter(v -> LocalDate.ofInstant(v.details().startedAt(), zone).equals(day))
                    .mapToInt(v -> v.details().meetingMinutes() + v.details().travelMinutes()).sum();
            int total = sameDay + details.meetingMinutes() + details.travelMinutes();
            if (total > Visit.MAX_DAY_MINUTES) {
                throw ProblemException.invalid("meetingMinutes", Messages.get("visit.day-too-long", day, String.valueOf(total), String.valueOf(Visit.MAX_DAY_MINUTES)));
            }
        }
    }
}
