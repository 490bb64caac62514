package no.ips.outreach.planning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import no.ips.outreach.audit.entity.IsoWeek;
import no.ips.outreach.matching.control.EmployerToApproach;
import no.ips.outreach.matching.control.Matching;
import no.ips.outreach.matching.control.RankedOpening;
import no.ips.outreach.planning.entity.FollowAlongCadence;
import no.ips.outreach.planning.entity.SuggestionCause;
import no.ips.outreach.planning.entity.SuggestionReason;
import no.ips.outreach.platform.control.Sql;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.teams.entity.Specialist;
import no.ips.outreach.visits.entity.ContactFacts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finds the reasons to visit employers in a specialist's week, from their visit log, their caseload's match
 * decisions, job searches and jobs, and their team's partner employers. Each finder is one indexed query over the
 * specialist's own rows (or the team's, for partners); matching answers for the job seekers who need an employer.
 */
@ApplicationScoped
@Transactional
public class SuggestionFinder {

    /** A job search with no employer contact for this long has stalled. */
    static final int STALLED_AFTER_DAYS = 14;
    /** IPS rapid job search: the first face-to-face employer contact within 30 days of enrolment. */
    static final int FIRST_CONTACT_WITHIN_DAYS = 30;
    /** How far ahead of that deadline the planner starts to suggest it. */
    static final int FIRST_CONTACT_WARNING_DAYS = 14;
    /** Follow-ups overdue by more than this are stale notes rather than plans. */
    static final int FOLLOW_UP_LOOKBACK_DAYS = 60;
    /** A partner employer the team has not contacted for this long is dormant. */
    static final int DORMANT_AFTER_DAYS = 90;
    /** Dormant partners suggested at most, longest silent first, so they do not crowd out participants' needs. */
    static final int DORMANT_SUGGESTED = 5;
    /** Employers to approach per job seeker without a suitable opening. */
    static final int APPROACH_PER_PARTICIPANT = 2;
    /** An opening at least this good is a reason to go to its employer rather than to new ones. */
    static final int SUITABLE_SCORE = 50;

    /** How long a team's dormant partners are kept before they are looked up again. */
    static final Duration DORMANT_KEPT = Duration.ofMinutes(1);

    private record TeamWeek(long teamId, IsoWeek week) {
    }

    /** A dormant partner before its words: they are written for each reader, the partners are kept for all. */
    private record Dormant(long employerId, Instant lastContact) {
    }

    /** The partners as of {@code stamp}, the newest changes to what they are computed from. */
    private record Remembered(List<Dormant> partners, List<Object> stamp, Instant until) {
    }

    private final Map<TeamWeek, Remembered> dormant = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Matching matching;

    @Inject
    @ConfigProperty(name = "outreach.planner.follow-along.first-month-days", defaultValue = "7")
    int followAlongFirstMonthDays;

    @Inject
    @ConfigProperty(name = "outreach.planner.follow-along.after-days", defaultValue = "30")
    int followAlongAfterDays;

    /** Every cause found for the specialist's week, as of {@code today}; do-not-contact and archived employers included. */
    public List<SuggestionCause> causes(Specialist specialist, IsoWeek week, LocalDate today) {
        List<SuggestionCause> causes = new ArrayList<>();
        causes.addAll(followUps(specialist.username(), week, today));
        causes.addAll(introductions(specialist.id()));
        causes.addAll(jobSearches(specialist.id(), week, today));
        causes.addAll(followAlong(specialist.id(), week));
        causes.addAll(dormantPartnersOf(specialist.team().id(), week));
        return causes;
    }

    /** The newest visit to each employer whose next step is due by the week's end; a later visit means it was done. */
    private List<SuggestionCause> followUps(String specialist, IsoWeek week, LocalDate today) {
        List<Object[]> rows = rows("SELECT v.id, v.employer_id, v.next_step, v.next_step_due FROM visit v "
                + "WHERE v.specialist = ?1 AND v.next_step_due BETWEEN ?2 AND ?3 AND v.next_step IS NOT NULL "
                + "AND v.voided_at IS NULL AND NOT EXISTS (SELECT 1 FROM visit later WHERE later.specialist = v.specialist "
                + "AND later.employer_id = v.employer_id AND later.started_at > v.started_at AND later.voided_at IS NULL)",
                specialist, today.minusDays(FOLLOW_UP_LOOKBACK_DAYS), week.sunday());
        Map<Long, Set<Long>> participants = visitParticipants(rows.stream().map(row -> number(row[0])).toList());
        return rows.stream().map(row -> new SuggestionCause(number(row[1]), SuggestionReason.FOLLOW_UP_DUE,
                Messages.get("why.plan.follow-up", Sql.date(row[3]), row[2]), participants.getOrDefault(number(row[0]), Set.of()),
                Sql.date(row[3]))).toList();
    }

    /** Participants who said yes to an opening that nobody has yet introduced them for. */
    private List<SuggestionCause> introductions(long specialistId) {
        return rows("SELECT o.employer_id, d.participant_id, o.title, d.stage_changed_at FROM match_decision d "
                + "JOIN job_opening o ON o.id = d.opening_id JOIN participant p ON p.id = d.participant_id "
                + "WHERE p.specialist_id = ?1 AND d.stage = 'INTERESTED' AND p.status <> 'CLOSED'", specialistId).stream()
                .map(row -> new SuggestionCause(number(row[0]), SuggestionReason.INTRODUCTION_PENDING,
                        Messages.get("why.plan.introduce", row[2], day(row[3])), Set.of(number(row[1])), null))
                .toList();
    }

    /**
     * Job seekers waiting for their first face-to-face employer contact (due 30 days after enrolment) or whose search
     * has stalled (no employer contact on their behalf for 14 days). Each is sent to the employer of their best
     * suitable opening, or else to the employers matching says to approach, which are suggested in their own right.
     */
    private List<SuggestionCause> jobSearches(long specialistId, IsoWeek week, LocalDate today) {
        List<SuggestionCause> causes = new ArrayList<>();
        List<Object[]> seekers = rows("SELECT p.id, p.enrolled_on, p.first_face_to_face_on, "
                + "(SELECT MAX(v.started_at) FROM visit_participant vp JOIN visit v ON v.id = vp.visit_id "
                + "WHERE vp.participant_id = p.id AND v.voided_at IS NULL) "
                + "FROM participant p WHERE p.specialist_id = ?1 AND p.status = 'JOB_SEARCH' "
                + "AND p.anonymised_at IS NULL ORDER BY p.id", specialistId);
        Map<Long, RankedOpening> bestOpenings = seekers.isEmpty() ? Map.of()
                : matching.bestOpenings(seekers.stream().map(row -> number(row[0])).collect(Collectors.toSet()));
        Set<Long> withoutSuitableOpening = seekers.stream().map(row -> number(row[0]))
                .filter(id -> !suitable(bestOpenings.get(id))).collect(Collectors.toSet());
        Map<Long, List<EmployerToApproach>> approaches = withoutSuitableOpening.isEmpty() ? Map.of()
                : matching.employersFor(withoutSuitableOpening, APPROACH_PER_PARTICIPANT);
        for (Object[] row : seekers) {
            long participant = number(row[0]);
            LocalDate enrolled = Sql.date(row[1]);
            LocalDate lastContact = row[3] == null ? null : day(row[3]);
            SuggestionCause need = null;
            Target target = target(participant, bestOpenings.get(participant), approaches.getOrDefault(participant, List.of()));
            if (row[2] == null) {
                LocalDate deadline = enrolled.plusDays(FIRST_CONTACT_WITHIN_DAYS);
                if (!deadline.isAfter(week.sunday().plusDays(FIRST_CONTACT_WARNING_DAYS))) {
                    long left = ChronoUnit.DAYS.between(today, deadline);
                    need = cause(target, SuggestionReason.FIRST_CONTACT_DUE, participant, deadline, Messages.get(left >= 0 ? "why.plan.first-contact.left" : "why.plan.first-contact.late",
                            Math.abs(left), enrolled));
                }
            } else if (lastContact == null || !lastContact.plusDays(STALLED_AFTER_DAYS).isAfter(week.sunday())) {
                LocalDate since = lastContact == null ? enrolled : lastContact;
                need = cause(target, SuggestionReason.JOB_SEARCH_STALLED, participant, since.plusDays(STALLED_AFTER_DAYS),
                        Messages.get("why.plan.stalled", since));
            }
            if (need != null) {
                causes.add(need);
            }
            causes.addAll(target.approaches());
        }
        return causes;
    }

    /** Where a job seeker's next employer contact should go; empty when they have no preferences to match on. */
    private record Target(Long employerId, String why, List<SuggestionCause> approaches) {
    }

    private static boolean suitable(RankedOpening opening) {
        return opening != null && opening.match().score() >= SUITABLE_SCORE;
    }

    private static Target target(long participant, RankedOpening opening, List<EmployerToApproach> toApproach) {
        if (suitable(opening)) {
            return new Target(opening.opening().profile().employerId(), Messages.get("why.plan.best-opening", opening.opening().title(), String.valueOf(opening.match().score())), List.of());
        }
        // without preferences or a home area there is nothing to match on; the participant page says what to record
        List<SuggestionCause> approaches = toApproach.stream().map(approach -> approachCause(participant, approach)).toList();
        return approaches.isEmpty() ? new Target(null, null, List.of())
                : new Target(approaches.get(0).employerId(), Messages.get("why.plan.approach"),
                approaches);
    }

    private static SuggestionCause approachCause(long participant, EmployerToApproach approach) {
        return new SuggestionCause(approach.employer().id(), SuggestionReason.EMPLOYER_TO_APPROACH,
                Messages.get("why.plan.approach.reasons", String.join("; ", approach.reasons())),
                Set.of(participant), null);
    }

    private static SuggestionCause cause(Target target, SuggestionReason reason, long participant, LocalDate due, String why) {
        return target.employerId() == null ? null
                : new SuggestionCause(target.employerId(), reason, why + "; " + target.why(), Set.of(participant), due);
    }

    /** Employed participants whose follow-along support is due by the week's end, at the employer they work for. */
    private List<SuggestionCause> followAlong(long specialistId, IsoWeek week) {
        FollowAlongCadence cadence = new FollowAlongCadence(followAlongFirstMonthDays, followAlongAfterDays);
        List<SuggestionCause> causes = new ArrayList<>();
        for (Object[] row : rows("SELECT j.participant_id, j.employer_id, j.start_date, "
                + "(SELECT MAX(v.started_at) FROM visit_participant vp JOIN visit v ON v.id = vp.visit_id "
                + "WHERE vp.participant_id = j.participant_id AND v.employer_id = j.employer_id AND v.started_at >= j.start_date "
                + "AND v.voided_at IS NULL) "
                + "FROM job_start j JOIN participant p ON p.id = j.participant_id WHERE p.specialist_id = ?1 "
                + "AND p.status <> 'CLOSED' AND j.start_date <= ?2 AND (j.end_date IS NULL OR j.end_date >= ?3)",
                specialistId, week.sunday(), week.monday())) {
            LocalDate started = Sql.date(row[2]);
            LocalDate lastContact = row[3] == null ? null : day(row[3]);
            LocalDate due = cadence.nextDue(started, lastContact);
            if (!due.isAfter(week.sunday())) {
                causes.add(new SuggestionCause(number(row[1]), SuggestionReason.FOLLOW_ALONG_DUE, cadence.explain(started,
                        lastContact), Set.of(number(row[0])), due));
            }
        }
        return causes;
    }

    /**
     * The team's dormant partners are the same for each of its specialists and change only with the team's contacts,
     * so they are kept per team and week, and used only while nothing they are computed from has changed: one query
     * of indexed maxima ({@link #dormantStamp()}) tells, so a visit logged, corrected or voided on another instance of
     * a cluster shows at once. The minute's limit is the backstop for what the stamp cannot see: a transaction that
     * commits after a later one (its id is below the maximum already seen).
     */
    private List<SuggestionCause> dormantPartnersOf(long teamId, IsoWeek week) {
        Instant now = clock.instant();
        TeamWeek key = new TeamWeek(teamId, week);
        List<Object> stamp = dormantStamp();
        Remembered remembered = dormant.get(key);
        List<Dormant> partners;
        if (remembered != null && remembered.until().isAfter(now) && remembered.stamp().equals(stamp)) {
            partners = remembered.partners();
        } else {
            partners = dormantPartners(teamId, week);
            dormant.put(key, new Remembered(partners, stamp, now.plus(DORMANT_KEPT)));
        }
        return partners.stream().map(partner -> new SuggestionCause(partner.employerId(), SuggestionReason.DORMANT_PARTNER,
                partner.lastContact() == null ? Messages.get("why.plan.partner.never")
                        : Messages.get("why.plan.partner.last", partner.lastContact().atZone(ContactFacts.ZONE).toLocalDate()),
                Set.of(), null)).toList();
    }

    /**
     * The newest change to each table the dormant partners are computed from: visits logged (their id), corrected or
     * voided (each writes a visit_change row), employers (a hiring partner marked), job starts, participants moved to
     * another specialist, specialists moved to another team. Each is a primary key or an indexed MAX, except the
     * specialists', a table of one row per user.
     */
    private List<Object> dormantStamp() {
        return Arrays.asList((Object[]) em.createNativeQuery("SELECT (SELECT MAX(id) FROM visit), "
                + "(SELECT MAX(id) FROM visit_change), (SELECT MAX(updated_at) FROM employer), (SELECT MAX(id) FROM job_start), "
                + "(SELECT MAX(updated_at) FROM participant), (SELECT MAX(updated_at) FROM specialist)").getSingleResult());
    }

    /**
     * The team's partner employers (two or more face-to-face meetings, a job start, or marked hiring partner) that nobody
     * in the team has contacted for 90 days, longest silent first. The database groups the team's visits by employer
     * and answers only the dormant partners; employers of the team's job starts come with their last team contact.
     */
    private List<Dormant> dormantPartners(long teamId, IsoWeek week) {
        Instant cutoff = week.monday().minusDays(DORMANT_AFTER_DAYS).atStartOfDay(ContactFacts.ZONE).toInstant();
        Map<Long, Instant> dormant = new HashMap<>();
        for (Object[] row : rows("SELECT v.employer_id, MAX(v.started_at) FROM visit v "
                + "JOIN specialist s ON s.username = v.specialist JOIN employer e ON e.id = v.employer_id "
                + "WHERE s.team_id = ?1 AND v.voided_at IS NULL GROUP BY v.employer_id HAVING MAX(v.started_at) < ?2 "
                + "AND (SUM(CASE WHEN v.mode = 'IN_PERSON' THEN 1 ELSE 0 END) >= 2 OR MAX(e.stage_override) = 'HIRING_PARTNER')",
                teamId, Sql.utc(cutoff))) {
            dormant.put(number(row[0]), Sql.instant(row[1]));
        }
        for (Object[] row : rows("SELECT DISTINCT j.employer_id, (SELECT MAX(v.started_at) FROM visit v "
                + "JOIN specialist vs ON vs.username = v.specialist WHERE v.employer_id = j.employer_id AND vs.team_id = ?1 "
                + "AND v.voided_at IS NULL) "
                + "FROM job_start j JOIN participant p ON p.id = j.participant_id JOIN specialist s ON s.id = p.specialist_id "
                + "WHERE s.team_id = ?1", teamId)) {
            Instant last = row[1] == null ? null : Sql.instant(row[1]);
            if (last == null || last.isBefore(cutoff)) {
                dormant.put(number(row[0]), last);
            }
        }
        return dormant.keySet().stream()
                .sorted(Comparator.comparing((Long employer) -> dormant.get(employer),
                        Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(employer -> employer))
                .limit(DORMANT_SUGGESTED)
                .map(employer -> new Dormant(employer, dormant.get(employer)))
                .toList();
    }

    private Map<Long, Set<Long>> visitParticipants(List<Long> visitIds) {
        Map<Long, Set<Long>> participants = new HashMap<>();
        if (visitIds.isEmpty()) {
            return participants;
        }
        // the ids come from the query before, never from a request
        String ids = visitIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        for (Object[] row : rows("SELECT visit_id, participant_id FROM visit_participant WHERE visit_id IN (" + ids + ")")) {
            participants.computeIfAbsent(number(row[0]), id -> new TreeSet<>()).add(number(row[1]));
        }
        return participants;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    /** The day a stored time falls on where the service works, as visits are counted. */
    private static LocalDate day(Object stored) {
        return Sql.instant(stored).atZone(ContactFacts.ZONE).toLocalDate();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
