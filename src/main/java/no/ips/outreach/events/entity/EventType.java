package no.ips.outreach.events.entity;

import java.util.Arrays;
import java.util.Optional;

/** The domain events that leave Outreach, by their CloudEvents type. A subscription names the ones it wants. */
public enum EventType {
    VISIT_LOGGED("no.ips.outreach.visit.logged"),
    VISIT_CORRECTED("no.ips.outreach.visit.corrected"),
    VISIT_VOIDED("no.ips.outreach.visit.voided"),
    FIRST_EMPLOYER_CONTACT("no.ips.outreach.participant.first-employer-contact"),
    OPENING_CREATED("no.ips.outreach.opening.created"),
    OPENING_FILLED("no.ips.outreach.opening.filled"),
    OPENING_CLOSED("no.ips.outreach.opening.closed"),
    MATCH_DECIDED("no.ips.outreach.match.decided"),
    JOB_STARTED("no.ips.outreach.job.started"),
    JOB_ENDED("no.ips.outreach.job.ended"),
    PARTICIPANT_ANONYMISED("no.ips.outreach.participant.anonymised"),
    WEEK_SIGNED_OFF("no.ips.outreach.week.signed-off");

    private final String type;

    EventType(String type) {
        this.type = type;
    }

    public String type() {
        return type;
    }

    /** Every type, comma-separated, for a message that lists them. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(EventType::type).toList());
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
