package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events out over HTTP, to a real receiver that verifies signatures: down and back, nothing is lost and each
 * participant's events arrive in order; an administrator sees the deliveries and redelivers one.
 */
class EventsIT {

    private static final String LOGGED = "no.ips.outreach.visit.logged";
    private static final String FIRST = "no.ips.outreach.participant.first-employer-contact";

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private WebhookReceiver receiver;
    private long subscription;

    @BeforeEach
    void subscribe() throws Exception {
        receiver = new WebhookReceiver();
        Reply created = admin.post("events/subscriptions", Json.createObjectBuilder().add("url", receiver.url())
                .add("eventTypes", Json.createArrayBuilder().add(LOGGED).add(FIRST)).build(),
                Map.of("Idempotency-Key", "sub-" + suffix)).expect(201);
        subscription = created.id();
        String secret = created.json().getString("secret");
        assertThat(secret).startsWith("whsec_");
        receiver.secret(secret);
        Reply replayed = admin.post("events/subscriptions", Json.createObjectBuilder().add("url", receiver.url())
                .add("eventTypes", Json.createArrayBuilder().add(LOGGED).add(FIRST)).build(),
                Map.of("Idempotency-Key", "sub-" + suffix)).expect(201);
        assertThat(replayed.id()).as("a retried POST registers nothing new").isEqualTo(subscription);
    }

    @AfterEach
    void unsubscribe() {
        String etag = admin.get("events/subscriptions/" + subscription).expect(200).header("ETag");
        admin.send(admin.request("events/subscriptions/" + subscription).header("If-Match", etag).DELETE()).expect(204);
        receiver.close();
    }

    @Test
    void withTheReceiverDownAndBackEveryEventArrivesSignedAndInOrderPerParticipant() {
        String team = teams.team("nav-ev-" + suffix);
        Client kari = teams.specialist("kari-" + suffix, team);
        long employer = kari.post("employers", TestData.employer("Events AS " + suffix).build()).expect(201).id();
        Map<String, Long> participants = new LinkedHashMap<>();
        for (String name : List.of("A", "B")) {
            String ref = "EV-" + name + "-" + suffix;
            participants.put(ref, kari.post("participants", TeamFixture.participant("Alias" + name + suffix, "GENERAL")
                    .add("externalRef", ref).build()).expect(201).id());
        }
        receiver.up(false);
        for (int day = 3; day >= 1; day--) {
            int hour = 0;
            for (long participant : participants.values()) {
                // two hours apart: one specialist cannot be at two workplaces at once
                kari.post("visits", TestData.visit(employer, TestData.daysAgo(day).withHour(8 + 2 * hour++).withMinute(0))
                        .add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                        .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("participantId", participant).add("disclosure", "GENERAL")))
                        .build()).expect(201);
            }
        }
        awaitTrue(() -> deliveries("FAILING").stream().anyMatch(d -> d.getInt("tries") >= 2),
                "deliveries fail and are retried while the receiver is down");
        JsonObject failing = deliveries("FAILING").get(0);
        assertThat(failing.getString("lastError")).isEqualTo("HTTP 503");
        assertThat(Instant.parse(failing.getString("nextAttemptAt"))).isAfter(Instant.now().minusSeconds(5));

        receiver.up(true);
        awaitTrue(() -> distinctIds() == 8, "all 8 events arrive once the receiver is back");

        assertThat(receiver.refused()).as("every signature verifies").isEmpty();
        for (String ref : participants.keySet()) {
            List<JsonObject> mine = receiver.received().stream()
                    .filter(e -> ref.equals(e.getJsonObject("data").getString("participant", null))).toList();
            List<String> firstArrivals = new LinkedHashSet<>(mine.stream().map(e -> e.getString("id")).toList()).stream()
                    .map(id -> mine.stream().filter(e -> e.getString("id").equals(id)).findFirst().orElseThrow()
                            .getString("type")).toList();
            assertThat(firstArrivals).as("the order of " + ref + "'s events")
                    .containsExactly(LOGGED, FIRST, LOGGED, LOGGED);
            List<Long> visits = mine.stream().filter(e -> e.getString("type").equals(LOGGED))
                    .map(e -> e.getJsonObject("data").getJsonNumber("visitId").longValue()).distinct().toList();
            assertThat(visits).isSorted();
        }
        String everything = receiver.received().toString();
        assertThat(everything).doesNotContain("Alias").doesNotContain("weekend staff");
        JsonObject one = receiver.received().get(0);
        assertThat(one.getString("specversion")).isEqualTo("1.0");
        assertThat(one.getString("source")).isEqualTo("urn:no.ips.outreach");
        assertThat(deliveries("DELIVERED")).hasSize(8);
        assertThat(deliveries("FAILING")).isEmpty();

        long again = deliveries("DELIVERED").get(0).getJsonNumber("id").longValue();
        int before = receiver.received().size();
        JsonObject redelivered = admin.post("events/deliveries/" + again + "/redelivery", "",
                Map.of("Idempotency-Key", "again-" + suffix)).expect(200).json();
        assertThat(redelivered.getString("status")).isEqualTo("PENDING");
        awaitTrue(() -> receiver.received().size() == before + 1, "a redelivered event arrives again");
    }

    @Test
    void badSubscriptionsAreRefusedFieldByField() {
        var problem = admin.post("events/subscriptions", Json.createObjectBuilder().add("url", "ftp://example.org/x")
                .add("eventTypes", Json.createArrayBuilder().add("no.ips.outreach.nothing"))
                .add("secret", "not-a-secret").build()).problem(400);

        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList()).containsExactlyInAnyOrder("url", "eventTypes", "secret");
        admin.post("events/subscriptions", Json.createObjectBuilder().add("url", receiver.url())
                .add("eventTypes", Json.createArrayBuilder()).build()).problem(400);
        admin.put("events/subscriptions/" + subscription, Json.createObjectBuilder().add("url", receiver.url())
                .add("eventTypes", Json.createArrayBuilder().add(LOGGED)).build(), "\"999999\"").problem(412);
        Client specialist = outreach.as("kari2-" + suffix, Outreach.SPECIALIST);
        specialist.get("events/subscriptions").problem(403);
        specialist.get("events/deliveries").problem(403);
    }

    private long distinctIds() {
        return receiver.received().stream().map(e -> e.getString("id")).distinct().count();
    }

    private List<JsonObject> deliveries(String status) {
        return admin.get("events/deliveries?subscriptionId=" + subscription + "&status=" + status).expect(200)
                .jsonArray().getValuesAs(JsonObject.class);
    }

    private static void awaitTrue(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
