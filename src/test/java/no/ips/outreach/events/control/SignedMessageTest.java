package no.ips.outreach.events.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.events.entity.EventType;
import no.ips.outreach.events.entity.OutboxEvent;
import org.junit.jupiter.api.Test;

class SignedMessageTest {

    /** The test vector of the Standard Webhooks specification (its reference implementations test the same). */
    @Test
    void signsTheSpecificationsTestVector() {
        assertThat(SignedMessage.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330L, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aMessageIsAStructuredCloudEventThatTheReceiverCanVerify() throws Exception {
        String secret = Subscriptions.generatedSecret();
        OutboxEvent event = new OutboxEvent(EventType.JOB_STARTED, "job-starts/7", "NAV-123",
                Instant.parse("2026-12-04T09:00:00Z"), "{\"participant\":\"NAV-123\",\"jobStartId\":7}");
        Instant now = Instant.now();
        SignedMessage message = SignedMessage.of(event, URI.create("urn:no.ips.outreach"), secret, now);

        JsonObject json = Json.createReader(new StringReader(message.body())).readObject();
        assertThat(json.getString("specversion")).isEqualTo("1.0");
        assertThat(json.getString("id")).isEqualTo(event.eventId());
        assertThat(json.getString("type")).isEqualTo("no.ips.outreach.job.started");
        assertThat(json.getString("source")).isEqualTo("urn:no.ips.outreach");
        assertThat(json.getString("subject")).isEqualTo("job-starts/7");
        assertThat(json.getString("datacontenttype")).isEqualTo("application/json");
        assertThat(json.getJsonObject("data").getString("participant")).isEqualTo("NAV-123");
        assertThat(message.headers()).containsEntry("webhook-id", event.eventId())
                .containsEntry("webhook-timestamp", Long.toString(now.getEpochSecond()))
                .containsEntry("content-type", "application/cloudevents+json");

        Map<String, List<String>> headers = new HashMap<>();
        message.headers().forEach((k, v) -> headers.put(k, List.of(v)));
        new Webhook(secret).verify(message.body(), headers);
        assertThatThrownBy(() -> new Webhook(secret).verify(message.body().replace("NAV-123", "NAV-124"), headers))
                .isInstanceOf(WebhookVerificationException.class);
    }
}
