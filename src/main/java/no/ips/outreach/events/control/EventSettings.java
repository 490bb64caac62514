package no.ips.outreach.events.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The keys of events out, checked once at start so that a mistyped duration names its key. */
@ApplicationScoped
public class EventSettings {

    @Inject
    @ConfigProperty(name = "outreach.events.relay", defaultValue = "true")
    boolean relay;

    @Inject
    @ConfigProperty(name = "outreach.events.poll", defaultValue = "PT5S")
    String poll;

    @Inject
    @ConfigProperty(name = "outreach.events.backoff.first", defaultValue = "PT10S")
    String backoffFirst;

    @Inject
    @ConfigProperty(name = "outreach.events.backoff.max", defaultValue = "PT1H")
    String backoffMax;

    @Inject
    @ConfigProperty(name = "outreach.events.tries", defaultValue = "12")
    int tries;

    @Inject
    @ConfigProperty(name = "outreach.events.source", defaultValue = "urn:no.ips.outreach")
    String source;

    private Duration pollEvery;
    private Backoff backoff;
    private URI sourceUri;

    @PostConstruct
    void check() {
        pollEvery = duration("outreach.events.poll", poll);
        backoff = new Backoff(duration("outreach.events.backoff.first", backoffFirst),
                duration("outreach.events.backoff.max", backoffMax));
        if (tries < 1) {
            throw new IllegalArgumentException("outreach.events.tries must be at least 1, not " + tries);
        }
        sourceUri = URI.create(source.trim());
    }

    private static Duration duration(String key, String value) {
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(key + " must be positive, not '" + value + "'");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT5S, not '" + value + "'");
        }
    }

    public boolean relay() {
        return relay;
    }

    public Duration poll() {
        return pollEvery;
    }

    public Backoff backoff() {
        return backoff;
    }

    public int tries() {
        return tries;
    }

    public URI source() {
        return sourceUri;
    }
}
