package no.ips.outreach.matching.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.employers.entity.RelationshipStage;
import no.ips.outreach.matching.entity.OpeningProfile;
import no.ips.outreach.matching.entity.OpeningTable;
import no.ips.outreach.matching.entity.SeekerProfile;
import no.ips.outreach.participants.entity.Shift;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What ranking needs, kept in memory in compact form: the open openings with their employers' industries, every
 * active participant's preferences, and where the employers are. Before each ranking the index asks the database for its newest change (an
 * indexed MAX) and reads only the rows changed since, so every instance of a cluster sees a change on its next
 * request. Rows are re-read with an overlap window, and the whole index every few minutes, so that a transaction
 * that committed late with an earlier timestamp is still picked up.
 */
@ApplicationScoped
@Transactional
public class MatchIndex {

    private static final Duration OVERLAP = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "outreach.matching.travel-speed-kmh", defaultValue = "40")
    double travelSpeedKmh;

    @Inject
    @ConfigProperty(name = "outreach.matching.full-refresh-seconds", defaultValue = "300")
    long fullRefreshSeconds;

    private final Map<Long, IndexedOpening> openings = new ConcurrentHashMap<>();
    private final Map<Long, IndexedSeeker> seekers = new ConcurrentHashMap<>();
    private final Map<Long, IndexedEmployer> employers = new ConcurrentHashMap<>();
    private volatile OpeningTable<IndexedOpening> openingTable = OpeningTable.of(List.of(), IndexedOpening::profile);
    private volatile List<Instant> seen = List.of();
    private volatile Instant lastFullRefresh = Instant.EPOCH;

    /** The open openings laid out for ranking them all for one participant. */
    public OpeningTable<IndexedOpening> openingTable() {
        refresh();
        return openingTable;
    }

    public Collection<IndexedSeeker> seekers() {
        refresh();
        return seekers.values();
    }

    /** One participant's entry (null when closed or anonymised) and the openings to rank for them. */
    public record ForParticipant(IndexedSeeker seeker, OpeningTable<IndexedOpening> openings) {
    }

    /** What ranking openings for one participant needs, after one refresh: one freshness query, not one per part. */
    public ForParticipant forParticipant(long participantId) {
        refresh();
        return new ForParticipant(seekers.get(participantId), openingTable);
    }

    /** These participants' entries, those not closed or anonymised, after one refresh. */
    public Map<Long, IndexedSeeker> seekers(Collection<Long> participantIds) {
        refresh();
        Map<Long, IndexedSeeker> found = new HashMap<>();
        participantIds.forEach(id -> {
            IndexedSeeker seeker = seekers.get(id);
            if (seeker != null) {
                found.put(id, seeker);
            }
        });
        return found;
    }

    /** Employers not archived that have coordinates, for finding employers to approach near someone. */
    public Collection<IndexedEmployer> employers() {
        refresh();
        return employers.values();
    }

    public IndexedOpening opening(long openingId) {
        refresh();
        return openings.get(openingId);
    }

    /**
     * Brings the index up to date with the database; cheap when nothing changed. The check takes one query and no
     * lock, so concurrent requests only wait for each other when there is something to load.
     */
    void refresh() {
        List<Instant> newest = newestChanges();
        if (!fullRefreshDue(clock.instant()) && newest.equals(seen)) {
            return;
        }
        synchronized (this) {
            Instant now = clock.instant();
            boolean full = fullRefreshDue(now);
            if (!full && newest.equals(seen)) {
                return;
            }
            Instant since = full ? null : oldest(seen).minus(OVERLAP);
            loadOpenings(since);
            openingTable = OpeningTable.of(openings.values(), IndexedOpening::profile);
            loadSeekers(since);
            loadEmployers(since);
            seen = newest;
            if (full) {
                lastFullRefresh = now;
            }
        }
    }

    private boolean fullRefreshDue(Instant now) {
        return Duration.between(lastFullRefresh, now).getSeconds() >= fullRefreshSeconds;
    }

    private List<Instant> newestChanges() {
        Object[] maxima = (Object[]) em.createNativeQuery("SELECT (SELECT MAX(updated_at) FROM job_opening), "
                + "(SELECT MAX(updated_at) FROM participant), (SELECT MAX(updated_at) FROM employer)").getSingleResult();
        List<Instant> newest = new ArrayList<>();
        for (Object max : maxima) {
            newest.add(max == null ? Instant.EPOCH : instant(max));
        }
        return newest;
    }

    private static Instant oldest(List<Instant> instants) {
        return instants.stream().min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    private void loadOpenings(Instant since) {
        String changed = since == null ? "" : " WHERE o.updated_at > ?1 OR e.updated_at > ?1";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT o.id, o.employer_id, o.isco_code, e.nace_code, o.hours_per_week, "
                + "o.latitude, o.longitude, o.start_date, o.driving_licence, o.status, o.application_deadline, o.title, e.name, "
                + "e.archived_at, e.do_not_contact FROM job_opening o JOIN employer e ON e.id = o.employer_id" + changed), since)
                .getResultList();
        Set<Long> open = new HashSet<>();
        Set<Long> closed = new HashSet<>();
        for (Object[] row : rows) {
            boolean isOpen = "OPEN".equals(row[9]) && row[13] == null && !bool(row[14]);
            (isOpen ? open : closed).add(number(row[0]));
        }
        Map<Long, Set<Shift>> shifts = collection("job_opening_shift", "opening_id", "shift", open, Shift::valueOf);
        Map<Long, Set<String>> languages = collection("job_opening_language", "opening_id", "language", open, Function.identity());
        if (since == null) {
            openings.clear();
        }
        closed.forEach(openings::remove);
        for (Object[] row : rows) {
            long id = number(row[0]);
            if (!open.contains(id)) {
                continue;
            }
            var profile = new OpeningProfile(id, number(row[1]), (String) row[2], (String) row[3], decimal(row[4]),
                    shifts.getOrDefault(id, Set.of()), (Double) row[5], (Double) row[6], date(row[7]), bool(row[8]),
                    languages.getOrDefault(id, Set.of()));
            openings.put(id, new IndexedOpening(profile, (String) row[11], (String) row[12], date(row[10])));
        }
    }

    private void loadEmployers(Instant since) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT id, nace_code, latitude, longitude, do_not_contact, "
                + "stage_override, archived_at FROM employer" + (since == null ? "" : " WHERE updated_at > ?1")), since)
                .getResultList();
        if (since == null) {
            employers.clear();
        }
        for (Object[] row : rows) {
            long id = number(row[0]);
            if (row[6] != null || row[2] == null || row[3] == null) {
                employers.remove(id);
            } else {
                employers.put(id, new IndexedEmployer(id, (String) row[1], ((Number) row[2]).doubleValue(),
                        ((Number) row[3]).doubleValue(), bool(row[4]),
                        row[5] == null ? null : RelationshipStage.valueOf((String) row[5])));
            }
        }
    }

    private void loadSeekers(Instant since) {
        String changed = since == null ? "" : " AND p.updated_at > ?1";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT p.id, p.hours_min, p.hours_max, p.max_travel_km, "
                + "p.max_travel_minutes, p.home_latitude, p.home_longitude, p.driving_licence, p.earliest_start, s.username, "
                + "s.team_id, p.status, p.anonymised_at FROM participant p JOIN specialist s ON s.id = p.specialist_id WHERE 1 = 1"
                + changed), since).getResultList();
        Set<Long> active = new HashSet<>();
        for (Object[] row : rows) {
            long id = number(row[0]);
            if ("CLOSED".equals(row[11]) || row[12] != null) {
                seekers.remove(id);
            } else {
                active.add(id);
            }
        }
        Map<Long, List<String>> occupations = occupations(active);
        Map<Long, Set<String>> desired = industries(active, true);
        Map<Long, Set<String>> excluded = industries(active, false);
        Map<Long, Set<Shift>> shifts = collection("participant_shift", "participant_id", "shift", active, Shift::valueOf);
        Map<Long, Set<String>> languages = collection("participant_language", "participant_id", "language", active, Function.identity());
        if (since == null) {
            seekers.keySet().retainAll(active);
        }
        for (Object[] row : rows) {
            long id = number(row[0]);
            if (!active.contains(id)) {
                continue;
            }
            Double maxKm = row[3] != null ? Double.valueOf(number(row[3]))
                    : row[4] != null ? number(row[4]) * travelSpeedKmh / 60.0 : null;
            var profile = new SeekerProfile(id, occupations.getOrDefault(id, List.of()), desired.getOrDefault(id, Set.of()),
                    excluded.getOrDefault(id, Set.of()), decimal(row[1]), decimal(row[2]), shifts.getOrDefault(id, Set.of()),
                    maxKm, (Double) row[5], (Double) row[6], bool(row[7]), languages.getOrDefault(id, Set.of()), date(row[8]));
            seekers.put(id, new IndexedSeeker(profile, (String) row[9], number(row[10])));
        }
    }

    private Map<Long, List<String>> occupations(Set<Long> ids) {
        Map<Long, List<String>> result = new HashMap<>();
        for (Object[] row : rowsFor("SELECT participant_id, isco_code FROM participant_occupation WHERE participant_id IN (%s) "
                + "ORDER BY participant_id, priority", ids)) {
            result.computeIfAbsent(number(row[0]), id -> new ArrayList<>()).add((String) row[1]);
        }
        return result;
    }

    private Map<Long, Set<String>> industries(Set<Long> ids, boolean wanted) {
        Map<Long, Set<String>> result = new HashMap<>();
        for (Object[] row : rowsFor("SELECT participant_id, nace_prefix, wanted FROM participant_industry WHERE participant_id IN (%s)", ids)) {
            if (bool(row[2]) == wanted) {
                result.computeIfAbsent(number(row[0]), id -> new HashSet<>()).add((String) row[1]);
            }
        }
        return result;
    }

    private <T> Map<Long, Set<T>> collection(String table, String key, String column, Set<Long> ids, Function<String, T> parse) {
        Map<Long, Set<T>> result = new HashMap<>();
        for (Object[] row : rowsFor("SELECT " + key + ", " + column + " FROM " + table + " WHERE " + key + " IN (%s)", ids)) {
            result.computeIfAbsent(number(row[0]), id -> new HashSet<>()).add(parse.apply((String) row[1]));
        }
        return result;
    }

    /** Runs the query for the ids in batches; the ids are numbers from the database, never user input. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rowsFor(String sql, Set<Long> ids) {
        List<Object[]> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            String list = all.subList(from, Math.min(all.size(), from + 1000)).stream().map(String::valueOf)
                    .collect(Collectors.joining(","));
            rows.addAll(em.createNativeQuery(String.format(sql, list)).getResultList());
        }
        return rows;
    }

    private static Query bind(Query query, Instant since) {
        return since == null ? query : query.setParameter(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return ((LocalDateTime) value).toInstant(ZoneOffset.UTC);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
