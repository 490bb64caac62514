package no.ips.outreach.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import no.ips.outreach.platform.entity.IdempotentRequest;

/** Remembers first answers per caller and Idempotency-Key. */
@ApplicationScoped
public class IdempotencyStore {

    @PersistenceContext(unitName = "outreach")
    EntityManager em;

    public Optional<IdempotentRequest> find(String principal, String key) {
        return Optional.ofNullable(em.find(IdempotentRequest.class, new IdempotentRequest.Key(principal, key)));
    }

    /** Flushes at once, so a concurrent twin with the same key fails here, before its response is sent. */
    public void remember(IdempotentRequest request) {
        em.persist(request);
        em.flush();
    }
}
