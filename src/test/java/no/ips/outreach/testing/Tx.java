package no.ips.outreach.testing;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/** Runs test code in a RESOURCE_LOCAL transaction, as the container would around a @Transactional method. */
public final class Tx {

    private Tx() {
    }

    public static <T> T call(EntityManager em, Supplier<T> work) {
        var tx = em.getTransaction();
        tx.begin();
        try {
            T result = work.get();
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
        }
    }

    public static void run(EntityManager em, Runnable work) {
        call(em, () -> {
            work.run();
            return null;
        });
    }
}
