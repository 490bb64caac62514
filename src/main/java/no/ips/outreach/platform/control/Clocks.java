package no.ips.outreach.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole service, so rules about "now" can be tested with a fixed one. */
@ApplicationScoped
public class Clocks {

    @Produces
    public Clock clock() {
        return Clock.systemUTC();
    }
}
