package no.ips.outreach.participants.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import no.ips.outreach.participants.entity.PreferenceLists;
import no.ips.outreach.participants.entity.Shift;

/**
 * A participant's four preference lists in one statement. Loading them through the entity costs one query per
 * collection, which for a single read was four of its eleven statements. Callers check the caller's scope first.
 */
@ApplicationScoped
public class PreferenceReader {

    // the third column: an occupation's priority, whether an industry is wanted (1) or excluded (0)
    private static final String LISTS = """
            SELECT 'O', isco_code, priority FROM participant_occupation WHERE participant_id = ?1
            UNION ALL SELECT 'I', nace_prefix, CASE WHEN wanted THEN 1 ELSE 0 END FROM participant_industry WHERE participant_id = ?1
            UNION ALL SELECT 'S', shift, 0 FROM participant_shift WHERE participant_id = ?1
            UNION ALL SELECT 'L', language, 0 FROM participant_language WHERE participant_id = ?1""";

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public PreferenceLists of(long participantId) {
        TreeMap<Integer, String> occupations = new TreeMap<>();
        Set<String> desired = new HashSet<>();
        Set<String> excluded = new HashSet<>();
        Set<Shift> shifts = new HashSet<>();
        Set<String> languages = new HashSet<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LISTS).setParameter(1, participantId).getResultList();
        for (Object[] row : rows) {
            String value = (String) row[1];
            int number = ((Number) row[2]).intValue();
            switch (String.valueOf(row[0])) {
                case "O" -> occupations.put(number, value);
                case "I" -> (number == 1 ? desired : excluded).add(value);
                case "S" -> shifts.add(Shift.valueOf(value));
                case "L" -> languages.add(value);
                default -> throw new IllegalStateException("unknown preference kind " + row[0]);
            }
        }
        return new PreferenceLists(List.copyOf(occupations.values()), desired, excluded, shifts, languages);
    }
}
