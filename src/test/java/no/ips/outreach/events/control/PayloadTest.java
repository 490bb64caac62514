package no.ips.outreach.events.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.ips.outreach.events.entity.EventType;
import org.junit.jupiter.api.Test;

/** What an event carries, and which subscriptions are accepted. */
class PayloadTest {

    @Test
    void aParticipantIsNamedByExternalRefFirstOrNullWhenItHasNone() {
        assertThat(ParticipantRefs.with(Map.of("jobStartId", 7), "NAV-1"))
                .containsExactly(Map.entry("participant", "NAV-1"), Map.entry("jobStartId", 7));
        assertThat(ParticipantRefs.with(Map.of("jobStartId", 7), null)).containsEntry("participant", null);
    }

    @Test
    void openingDataHasIdsAndCodesOnly() {
        assertThat(DomainEvents.openingData(3, 9, "5120", 2).keySet())
                .containsExactly("openingId", "employerId", "occupationCode", "positions");
    }

    @Test
    void urlsMustBeAbsoluteHttpWithAHost() {
        assertThat(Subscriptions.validUrl("https://host.example/hooks")).isTrue();
        assertThat(Subscriptions.validUrl("http://127.0.0.1:8089/x")).isTrue();
        assertThat(Subscriptions.validUrl("ftp://host.example/x")).isFalse();
        assertThat(Subscriptions.validUrl("/relative")).isFalse();
        assertThat(Subscriptions.validUrl("https://user:pw@host.example/")).isFalse();
        assertThat(Subscriptions.validUrl("not a url")).isFalse();
    }

    @Test
    void secretsAreWhsecAndBase64OfTwentyFourToSixtyFourBytes() {
        assertThat(Subscriptions.validSecret(Subscriptions.generatedSecret())).isTrue();
        assertThat(Subscriptions.validSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isTrue();
        assertThat(Subscriptions.validSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isFalse();
        assertThat(Subscriptions.validSecret("whsec_c2hvcnQ=")).isFalse();
        assertThat(Subscriptions.validSecret("whsec_!!!")).isFalse();
    }

    @Test
    void everyEventTypeIsFoundByItsCloudEventsType() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.of(type.type())).contains(type);
        }
        assertThat(EventType.of("no.ips.outreach.nothing")).isEmpty();
        assertThat(List.of(EventType.names().split(", "))).hasSize(EventType.values().length);
    }
}
