package no.ips.outreach.employers.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires the employer control classes outside CDI, for data tests in other packages. */
public final class EmployerControls {

    private EmployerControls() {
    }

    public static EmployerStore store(EntityManager em, Clock clock) {
        var store = new EmployerStore();
        store.em = em;
        store.clock = clock;
        return store;
    }

    public static EmployerRegistry registry(EntityManager em, Clock clock) {
        var registry = new EmployerRegistry();
        registry.em = em;
        registry.clock = clock;
        registry.store = store(em, clock);
        return registry;
    }
}
