package no.ips.outreach.employers.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.employers.entity.ContactPerson;
import no.ips.outreach.employers.entity.ContactSummary;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.Employer;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.control.Sql;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/** Finds employers. */
@ApplicationScoped
public class EmployerStore {

    public static final Set<String> SORT_KEYS = Set.of("name", "created", "orgNumber", "distance");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<Employer> find(long id) {
        return Optional.ofNullable(em.find(Employer.class, id));
    }

    /**
     * The employer of a workplace: by its P-number (a Danish employer taken from CVR), otherwise by its organisation
     * number; the same rule as the schema's {@code uq_employer_identity}. A CVR number shared by several P-units finds
     * only an employer registered without a P-number.
     */
    public Optional<Employer> findByIdentity(Country country, String identityNumber) {
        return em.createQuery("SELECT e FROM Employer e WHERE e.country = :country AND (e.pNumber = :number "
                        + "OR (e.pNumber IS NULL AND e.orgNumber = :number))", Employer.class)
                .setParameter("country", country)
                .setParameter("number", identityNumber)
                .getResultStream().findFirst();
    }

    public List<ContactPerson> contactPersons(long employerId) {
        return em.createQuery("SELECT p FROM ContactPerson p WHERE p.employerId = :employer ORDER BY p.name, p.id", ContactPerson.class)
                .setParameter("employer", employerId)
                .getResultList();
    }

    /** Employer names by id, for lists that show where each visit took place. */
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e.id, e.name FROM Employer e WHERE e.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    /** The employers with these ids, by id. */
    public Map<Long, Employer> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Employer e WHERE e.id IN :ids", Employer.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Employer::id, Function.identity()));
    }

    /**
     * The contact summaries of these employers, those never contacted left out: the same figures as the
     * employer_contact_summary view, summed over these employers' visits only, which the view cannot be narrowed to.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, ContactSummary> contactSummaries(Collection<Long> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        // the ids are numbers from the database, never request text
        String ids = employerIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Object[]> rows = em.createNativeQuery("SELECT employer_id, COUNT(*), "
                + "SUM(CASE WHEN mode = 'IN_PERSON' THEN 1 ELSE 0 END), MAX(started_at), "
                + "MAX(CASE WHEN mode = 'IN_PERSON' THEN started_at END) FROM visit WHERE employer_id IN (" + ids + ") "
                + "AND voided_at IS NULL GROUP BY employer_id").getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> new ContactSummary(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), Sql.instant(row[3]),
                        row[4] == null ? null : Sql.instant(row[4]))));
    }

    public ContactSummary contacts(long employerId) {
        return Optional.ofNullable(em.find(ContactSummary.class, employerId)).orElseGet(ContactSummary::none);
    }

    public Page<EmployerMatch> search(EmployerSearch search, PageRequest page) {
        var query = new EmployerQuery(search, clock.instant());
        if (search.isNear()) {
            return searchNear(search, query, page);
        }
        long total = query.create(em, "SELECT COUNT(e)", null, Long.class).getSingleResult();
        List<Employer> employers = query.create(em, "SELECT e", orderBy(page), Employer.class)
                // a page for reading: no change tracking of 50 entities that nothing changes
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        Map<Long, ContactSummary> contacts = contactsOf(employers.stream().map(Employer::id).toList());
        return Page.of(employers.stream()
                .map(e -> new EmployerMatch(e, contacts.getOrDefault(e.id(), ContactSummary.none()), null))
                .toList(), total, page);
    }

    /**
     * The database narrows to a bounding box; the exact great-circle distance is computed here, which keeps the
     * SQL portable between H2 and MySQL and is cheap for the few thousand employers of a region.
     */
    private Page<EmployerMatch> searchNear(EmployerSearch search, EmployerQuery query, PageRequest page) {
        List<Object[]> candidates = query.create(em,
                "SELECT e.id, e.address.latitude, e.address.longitude, e.name, e.createdAt, e.orgNumber", null, Object[].class)
                .getResultList();
        record Candidate(long id, double km, String name, Comparable<Object> created, String orgNumber) {
        }
        Comparator<Candidate> order = switch (page.sortKey()) {
            case "name" -> Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER);
            case "created" -> Comparator.comparing(Candidate::created);
            case "orgNumber" -> Comparator.comparing(Candidate::orgNumber);
            default -> Comparator.comparingDouble(Candidate::km);
        };
        if (page.descending()) {
            order = order.reversed();
        }
        @SuppressWarnings("unchecked")
        List<Candidate> within = candidates.stream()
                .map(row -> new Candidate((Long) row[0],
                        GreatCircle.km(search.nearLatitude(), search.nearLongitude(), (Double) row[1], (Double) row[2]),
                        (String) row[3], (Comparable<Object>) row[4], (String) row[5]))
                .filter(c -> c.km() <= search.radiusKm())
                .sorted(order.thenComparingLong(Candidate::id))
                .toList();
        List<Candidate> slice = within.stream().skip(page.offset()).limit(page.limit()).toList();
        List<Long> ids = slice.stream().map(Candidate::id).toList();
        Map<Long, Employer> employers = ids.isEmpty() ? Map.of()
                : em.createQuery("SELECT e FROM Employer e WHERE e.id IN :ids", Employer.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Employer::id, Function.identity()));
        Map<Long, ContactSummary> contacts = contactsOf(ids);
        return Page.of(slice.stream()
                .map(c -> new EmployerMatch(employers.get(c.id()), contacts.getOrDefault(c.id(), ContactSummary.none()), c.km()))
                .toList(), within.size(), page);
    }

    private Map<Long, ContactSummary> contactsOf(List<Long> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT s FROM ContactSummary s WHERE s.employerId IN :ids", ContactSummary.class)
                .setParameter("ids", employerIds)
                .setHint(QueryHints.READ_ONLY, HintValues.TRUE)
                .getResultStream()
                .collect(Collectors.toMap(s -> s.employerId(), Function.identity()));
    }

    private static String orderBy(PageRequest page) {
        String column = switch (page.sortKey()) {
            case "created" -> "e.createdAt";
            case "orgNumber" -> "e.orgNumber";
            default -> "e.name";
        };
        String direction = page.descending() ? " DESC" : " ASC";
        return column + direction + ", e.id" + direction;
    }
}
