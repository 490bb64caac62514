package no.ips.outreach.retention.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import no.ips.outreach.retention.entity.RetentionPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The retention keys, checked once at start, so that a mistyped period stops the deployment with the key's name
 * instead of keeping data for a time nobody chose.
 */
@ApplicationScoped
public class RetentionSettings {

    @Inject
    @ConfigProperty(name = "outreach.retention.participants-after", defaultValue = "P24M")
    String participantsAfter;

    @Inject
    @ConfigProperty(name = "outreach.retention.access-log-for", defaultValue = "P36M")
    String accessLogFor;

    @Inject
    @ConfigProperty(name = "outreach.retention.events-for", defaultValue = "P30D")
    String eventsFor;

    @Inject
    @ConfigProperty(name = "outreach.retention.every", defaultValue = "PT24H")
    String every;

    @Inject
    @ConfigProperty(name = "outreach.retention.scheduled", defaultValue = "true")
    boolean scheduled;

    private RetentionPolicy policy;
    private Duration interval;

    @PostConstruct
    void check() {
        policy = new RetentionPolicy(RetentionPolicy.period("outreach.retention.participants-after", participantsAfter),
                RetentionPolicy.period("outreach.retention.access-log-for", accessLogFor),
                RetentionPolicy.period("outreach.retention.events-for", eventsFor));
        try {
            interval = Duration.parse(every.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("outreach.retention.every must be an ISO-8601 duration such as PT24H, not '" + every + "'");
        }
        if (interval.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("outreach.retention.every must be at least PT1M, not '" + every + "'");
        }
    }

    public RetentionPolicy policy() {
        return policy;
    }

    public Duration every() {
        return interval;
    }

    public boolean scheduled() {
        return scheduled;
    }
}
