package no.ips.outreach.visits.control;

import jakarta.persistence.EntityManager;

/** Wires the visit control classes outside CDI, for data tests in other packages. */
public final class VisitControls {

    private VisitControls() {
    }

    public static VisitStore store(EntityManager em) {
        var store = new VisitStore();
        store.em = em;
        return store;
    }
}
