package no.ips.outreach.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * One create and its remembered answer in one transaction, kept apart from {@link IdempotentCreate} so that a
 * create that lost a race has rolled back, and its twin's answer can be read, before the caller is answered.
 */
@ApplicationScoped
public class CreateTransaction {

    @Transactional
    public <T> T run(Supplier<T> work) {
        return work.get();
    }
}
