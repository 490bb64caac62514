package no.ips.outreach.occupations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.ips.outreach.occupations.entity.Occupation;
import no.ips.outreach.platform.problem.ProblemException;

/** Looks occupation codes up in the ISCO-08 structure; every coded occupation elsewhere is checked here. */
@ApplicationScoped
public class OccupationCatalogue {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public Optional<Occupation> find(String code) {
        return code == null || code.isBlank() ? Optional.empty() : Optional.ofNullable(em.find(Occupation.class, code.trim()));
    }

    /**
     * The unit group (4 digits) with this code. Jobs are coded at unit level, as in STYRK-08; a broader group or an
     * unknown code is a 400 on the given field that says which.
     */
    public Occupation requireUnitGroup(String field, String code) {
        Occupation occupation = find(code).orElseThrow(() -> ProblemException.invalid(field,
                "'" + code + "' is not an ISCO-08/STYRK-08 occupation code; search /api/v1/occupations for one."));
        if (!occupation.isUnitGroup()) {
            throw ProblemException.invalid(field, "'" + code + "' is the group \"" + occupation.title()
                    + "\"; choose one of its 4-digit unit groups.");
        }
        return occupation;
    }
}
