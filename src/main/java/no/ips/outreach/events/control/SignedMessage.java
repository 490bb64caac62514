package no.ips.outreach.events.control;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import no.ips.outreach.events.entity.OutboxEvent;

/**
 * One event as it goes over the wire: a CloudEvents 1.0 structured JSON message, signed as Standard Webhooks
 * specifies (the signature covers "webhook-id.webhook-timestamp.body", HMAC-SHA256 with the whsec_ secret).
 */
public record SignedMessage(String body, Map<String, String> headers) {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;
    private static final JsonFormat FORMAT = new JsonFormat();

    public static SignedMessage of(OutboxEvent event, URI source, String secret, Instant now) {
        CloudEvent cloudEvent = CloudEventBuilder.v1()
                .withId(event.eventId())
                .withSource(source)
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withData(event.data().getBytes(StandardCharsets.UTF_8))
                .build();
        String body = new String(FORMAT.serialize(cloudEvent), StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        return new SignedMessage(body, Map.of(
                "content-type", CONTENT_TYPE,
                "webhook-id", event.eventId(),
                "webhook-timestamp", Long.toString(timestamp),
                "webhook-signature", sign(secret, event.eventId(), timestamp, body)));
    }

    public static String sign(String secret, String id, long timestamp, String body) {
        try {
            return new Webhook(secret).sign(id, timestamp, body);
        } catch (WebhookSigningException e) {
            throw new IllegalStateException("cannot sign webhook " + id, e);
        }
    }
}
