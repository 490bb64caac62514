package no.ips.outreach.occupations.control;

import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.platform.control.Page;
import no.ips.outreach.platform.control.PageRequest;
import no.ips.outreach.platform.problem.ProblemException;

/** Looks occupation codes up in the ISCO-08 structure; every coded occupation elsewhere is checked here. */
@ApplicationScoped
public class OccupationCatalogue {

    public static final Set<String> SORT_KEYS = Set.of("code");

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    @Inject
    OccupationTerms terms;

    /**
     * Every group's English title by code: reference data that never changes while the service runs. Matching's
     * explanations are still English sentences, so their titles are English too rather than a mix.
     */
    public Map<String, String> titles() {
        return em.createQuery("SELECT o FROM Occupation o", Occupation.class).getResultStream()
                .collect(Collectors.toUnmodifiableMap(Occupation::code, Occupation::titleEn));
    }

    public Optional<Occupation> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(Occupation.class, code.trim()));
    }

    /** The group with this code, or a 404 for an unknown code. */
    public Occupation existing(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("Occupation code", code));
    }

    /**
     * The unit group (4 digits) with this code. Jobs are coded at unit level, as in STYRK-08; a broader group or an
     * unknown code is a 400 on the given field that says which.
     */
    public Occupation requireUnitGroup(String field, String code) {
        Occupation occupation = find(code).orElseThrow(() -> ProblemException.invalid(field,
                Messages.get("occupation.code.unknown", code)));
        if (!occupation.isUnitGroup()) {
            throw ProblemException.invalid(field, Messages.get("occupation.code.not-unit", code, occupation.title(RequestLanguage.current())));
        }
        return occupation;
    }

    /** Groups sorted by code, which lists each group right before its sub-groups. */
    public Page<Occupation> search(OccupationSearch search, PageRequest page) {
        Set<String> codes = search.words().isEmpty() ? null : terms.codesMatching(search.words());
        if (codes != null && codes.isEmpty()) {
            return Page.of(List.of(), 0, page);
        }
        var query = new OccupationQuery(search, codes);
        long total = query.create(em, "SELECT COUNT(o)", null, Long.class).getSingleResult();
        List<Occupation> occupations = query.create(em, "SELECT o", page.descending() ? "o.code DESC" : "o.code ASC", Occupation.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit())
                .getResultList();
        return Page.of(occupations, total, page);
    }

    /** The groups this one belongs to, from its major group down; empty for a major group. */
    public List<Occupation> ancestors(Occupation occupation) {
        List<String> codes = IntStream.range(1, occupation.code().length()).mapToObj(n -> occupation.code().substring(0, n)).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Occupation o WHERE o.code IN :codes ORDER BY o.code", Occupation.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    /** The groups directly below this one; empty for a unit group. */
    public List<Occupation> children(Occupation occupation) {
        if (occupation.isUnitGroup()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Occupation o WHERE o.code LIKE :prefix AND o.depth = :depth ORDER BY o.code", Occupation.class)
                .setParameter("prefix", occupation.code() + "%")
                .setParameter("depth", occupation.level().depth() + 1)
                .getResultList();
    }
}
