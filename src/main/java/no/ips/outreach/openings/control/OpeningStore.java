package no.ips.outreach.openings.control;

import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.ips.outreach.employers.control.GreatCircle;
import no.ips.outreach.openings.entity.JobOpening;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;

/** Finds openings. */
@ApplicationScoped
public class OpeningStore {

    public static final Set<String> SORT_KEYS = Set.of("created", "deadline", "title", "distance");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    Clock clock;

    public Optional<JobOpening> find(long id) {
        return Optional.ofNullable(em.find(JobOpening.class, id));
    }

    /** Occupation titles by code in the reader's language, for lists that show what each job is. */
    public Map<String, String> occupationTitles(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Language language = RequestLanguage.current();
        return em.createQuery("SELECT o FROM Occupation o WHERE o.code IN :codes", Occupation.class)
                .setParameter("codes", codes)
                .getResultStream()
                .collect(Collectors.toMap(Occupation::code, occupation -> occupation.title(language)));
    }

    public Page<OpeningMatch> list(OpeningFilter filter, PageRequest page) {
        var query = new OpeningQuery(filter, JobOpening.today(clock.instant()));
        if (filter.isNear()) {
            return listNear(filter, query, page);
        }
        long total = query.create(em, "SELECT COUNT(o)", null, Long.class).getSingleResult();
        List<JobOpening> openings = query.create(em, "SELECT o", orderBy(page), JobOpening.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return Page.of(openings.stream().map(o -> new OpeningMatch(o, null)).toList(), total, page);
    }

    /** As for employers: the database narrows to a bounding box, the exact great-circle distance is computed here. */
    private Page<OpeningMatch> listNear(OpeningFilter filter, OpeningQuery query, PageRequest page) {
        record Candidate(long id, double km, String title, Instant created, LocalDate deadline) {
        }
        Comparator<Candidate> order = switch (page.sortKey()) {
            case "title" -> Comparator.comparing(Candidate::title, String.CASE_INSENSITIVE_ORDER);
            case "created" -> Comparator.comparing(Candidate::created);
            case "deadline" -> Comparator.comparing(Candidate::deadline, Comparator.nullsLast(Comparator.naturalOrder()));
            default -> Comparator.comparingDouble(Candidate::km);
        };
        if (page.descending()) {
            order = order.reversed();
        }
        List<Candidate> within = query.create(em, "SELECT o.id, o.workplace.latitude, o.workplace.longitude, o.title, "
                        + "o.createdAt, o.applicationDeadline", null, Object[].class)
                .getResultStream()
                .map(row -> new Candidate((Long) row[0],
                        GreatCircle.km(filter.nearLatitude(), filter.nearLongitude(), (Double) row[1], (Double) row[2]),
                        (String) row[3], (Instant) row[4], (LocalDate) row[5]))
                .filter(c -> c.km() <= filter.radiusKm())
                .sorted(order.thenComparingLong(Candidate::id))
                .toList();
        List<Candidate> slice = within.stream().skip(page.offset()).limit(page.limit()).toList();
        List<Long> ids = slice.stream().map(Candidate::id).toList();
        Map<Long, JobOpening> openings = ids.isEmpty() ? Map.of()
                : em.createQuery("SELECT o FROM JobOpening o WHERE o.id IN :ids", JobOpening.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(JobOpening::id, Function.identity()));
        return Page.of(slice.stream().map(c -> new OpeningMatch(openings.get(c.id()), c.km())).toList(), within.size(), page);
    }

    /** No deadline sorts as the latest deadline of all. */
    private static String orderBy(PageRequest page) {
        String direction = page.descending() ? " DESC" : " ASC";
        String columns = switch (page.sortKey()) {
            case "title" -> "o.title" + direction;
            case "deadline" -> "CASE WHEN o.applicationDeadline IS NULL THEN 1 ELSE 0 END" + direction
                    + ", o.applicationDeadline" + direction;
            default -> "o.createdAt" + direction;
        };
        return columns + ", o.id" + direction;
    }
}
