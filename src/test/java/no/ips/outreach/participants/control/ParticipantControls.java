package no.ips.outreach.participants.control;

import no.ips.outreach.events.control.EventControls;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires the participant control classes outside CDI, for data tests in other packages. */
public final class ParticipantControls {

    private ParticipantControls() {
    }

    public static AccessLog accessLog(EntityManager em, Clock clock) {
        var log = new AccessLog();
        log.em = em;
        log.clock = clock;
        return log;
    }

    public static Anonymisation anonymisation(EntityManager em) {
        var anonymisation = new Anonymisation();
        anonymisation.em = em;
        anonymisation.events = EventControls.domainEvents(em, Clock.systemUTC());
        return anonymisation;
    }
}
