package no.ips.outreach.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How an event names a participant: by the host system's externalRef, the only name the host knows; never an alias. */
@ApplicationScoped
public class ParticipantRefs {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    /** The participant's externalRef, or null if it has none (never given, or anonymised). */
    public String of(long participantId) {
        List<?> ref = em.createNativeQuery("SELECT external_ref FROM participant WHERE id = ?")
                .setParameter(1, participantId).getResultList();
        return ref.isEmpty() || ref.get(0) == null ? null : ref.get(0).toString();
    }

    /** The data with the participant's reference added (null when it has none). */
    public static Map<String, Object> with(Map<String, ?> data, String participantRef) {
        Map<String, Object> copy = new LinkedHashMap<>();
        copy.put("participant", participantRef);
        copy.putAll(data);
        return copy;
    }
}
