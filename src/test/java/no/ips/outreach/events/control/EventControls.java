package no.ips.outreach.events.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;

/** Wires the events control classes outside CDI, for data tests in other packages. */
public final class EventControls {

    private EventControls() {
    }

    public static Outbox outbox(EntityManager em, Clock clock) {
        var outbox = new Outbox();
        outbox.em = em;
        outbox.clock = clock;
        return outbox;
    }

    public static ParticipantRefs refs(EntityManager em) {
        var refs = new ParticipantRefs();
        refs.em = em;
        return refs;
    }

    public static DomainEvents domainEvents(EntityManager em, Clock clock) {
        var events = new DomainEvents();
        events.outbox = outbox(em, clock);
        events.refs = refs(em);
        return events;
    }

    public static Deliveries deliveries(EntityManager em) {
        var deliveries = new Deliveries();
        deliveries.em = em;
        return deliveries;
    }
}
