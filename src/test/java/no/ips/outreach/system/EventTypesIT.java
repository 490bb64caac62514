package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.ips.outreach.events.entity.EventType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every event type in {@link EventType} leaves Outreach, caused through the public API by the users who would cause
 * it, and reaches a host's receiver signed, carrying the ids a host relies on and a participant only by its
 * externalRef: never an alias, a note or a reason. One world is built for the class; each test waits for its events.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventTypesIT {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final String PREFIX = "no.ips.outreach.";

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private final String kariName = "kari-" + suffix;
    private final String olaName = "ola-" + suffix;
    private final String livName = "liv-" + suffix;
    private final String lastWeek = AuditScenario.isoWeek(LocalDate.now(OSLO).minusWeeks(1));
    private final OffsetDateTime visitedAt = TestData.daysAgo(2).withHour(10).withMinute(0);
    private WebhookReceiver receiver;
    private long subscription;
    private Client kari;
    private long employer;
    private long visit;
    private long filledOpening;
    private long closedOpening;
    private long match;
    private long jobStart;

    @BeforeAll
    void aSubscriptionToEveryTypeAndAWorldThatCausesEachOnce() throws Exception {
        receiver = new WebhookReceiver();
        receiver.up(true);
        subscribeToEveryType();
        long team = admin.post("teams", Json.createObjectBuilder().add("code", "nav-et-" + suffix)
                .add("name", "Event types " + suffix).add("kind", "NAV_OFFICE").build()).expect(201).id();
        kari = teams.specialist(kariName, "nav-et-" + suffix);
        Client ola = teams.specialist(olaName, "nav-et-" + suffix);
        Client liv = teams.manager(livName, "nav-et-" + suffix);
        employer = kari.post("employers", TestData.employer("Event types AS " + suffix).build()).expect(201).id();

        logCorrectAndVoidAVisitFor(participant("Visited", ref("VISITED")).id());
        matchAndStartAJobThatFillsAnOpeningThenEndIt(participant("Hired", ref("HIRED")).id());
        closedOpening = opening();
        kari.post("openings/" + closedOpening + "/close", Json.createObjectBuilder().add("status", "CLOSED")
                .add("reason", "Put on hold by the owner").build(), Map.of("If-Match", etag("openings/" + closedOpening)))
                .expect(200);
        Reply forgotten = participant("Forgotten", ref("FORGOTTEN"));
        admin.post("participants/" + forgotten.id() + "/anonymise", "", Map.of("If-Match", forgotten.header("ETag")))
                .expect(204);
        signOffOneWeekAloneAndAnotherWithTheTeam(liv, team);
    }

    @AfterAll
    void unsubscribe() {
        admin.send(admin.request("events/subscriptions/" + subscription)
                .header("If-Match", admin.get("events/subscriptions/" + subscription).expect(200).header("ETag"))
                .DELETE()).expect(204);
        receiver.close();
    }

    @Test
    void aVisitLoggedCorrectedAndVoidedIsOneEventEachNamingTheVisitAndItsParticipant() {
        JsonObject logged = data(awaitEvent("visit.logged", d -> number(d, "visitId") == visit));
        JsonObject corrected = data(awaitEvent("visit.corrected", d -> number(d, "visitId") == visit));
        JsonObject voided = data(awaitEvent("visit.voided", d -> number(d, "visitId") == visit));

        for (JsonObject data : List.of(logged, corrected, voided)) {
            assertThat(data.getString("participant")).isEqualTo(ref("VISITED"));
            assertThat(number(data, "employerId")).isEqualTo(employer);
            assertThat(data.getString("day")).isEqualTo(visitedAt.atZoneSameInstant(OSLO).toLocalDate().toString());
            assertThat(data.getString("mode")).isEqualTo("IN_PERSON");
            assertThat(data.getBoolean("faceToFace")).isTrue();
        }
        assertThat(logged.getBoolean("voided")).isFalse();
        assertThat(voided.getBoolean("voided")).isTrue();
        assertThat(number(corrected, "revision")).isGreaterThan(number(logged, "revision"));
        assertThat(number(voided, "revision")).isGreaterThan(number(corrected, "revision"));
    }

    @Test
    void theFirstEmployerContactNamesTheParticipantByExternalRefAndItsDay() {
        JsonObject first = awaitEvent("participant.first-employer-contact",
                d -> ref("VISITED").equals(d.getString("participant", null)));

        assertThat(data(first).getString("day")).isEqualTo(visitedAt.atZoneSameInstant(OSLO).toLocalDate().toString());
        assertThat(first.getString("subject")).startsWith("participants/");
    }

    @Test
    void anOpeningCreatedFilledAndClosedNamesTheOpeningAndItsEmployer() {
        JsonObject created = awaitEvent("opening.created", d -> number(d, "openingId") == filledOpening);
        JsonObject filled = awaitEvent("opening.filled", d -> number(d, "openingId") == filledOpening);
        JsonObject closed = awaitEvent("opening.closed", d -> number(d, "openingId") == closedOpening);

        assertThat(created.getString("subject")).isEqualTo("openings/" + filledOpening);
        assertThat(closed.getString("subject")).isEqualTo("openings/" + closedOpening);
        for (JsonObject event : List.of(created, filled, closed)) {
            assertThat(number(data(event), "employerId")).isEqualTo(employer);
            assertThat(data(event).getString("occupationCode")).isEqualTo("5120");
            assertThat(data(event).getInt("positions")).isEqualTo(1);
        }
    }

    @Test
    void aMatchStepNamesTheMatchItsOpeningItsStageAndTheParticipant() {
        JsonObject decided = data(awaitEvent("match.decided", d -> number(d, "matchId") == match));

        assertThat(number(decided, "openingId")).isEqualTo(filledOpening);
        assertThat(decided.getString("stage")).isEqualTo("PROPOSED");
        assertThat(decided.getString("participant")).isEqualTo(ref("HIRED"));
    }

    @Test
    void aJobStartedAndEndedNamesTheJobStartItsEmployerAndTheParticipant() {
        JsonObject started = data(awaitEvent("job.started", d -> number(d, "jobStartId") == jobStart));
        JsonObject ended = data(awaitEvent("job.ended", d -> number(d, "jobStartId") == jobStart));

        assertThat(number(started, "openingId")).isEqualTo(filledOpening);
        assertThat(started.getString("startDate")).isEqualTo(TestData.today().toString());
        assertThat(started.getString("occupationCode")).isEqualTo("5120");
        assertThat(started.getBoolean("competitive")).isTrue();
        assertThat(ended.getString("endDate")).isEqualTo(TestData.today().plusDays(30).toString());
        for (JsonObject data : List.of(started, ended)) {
            assertThat(data.getString("participant")).isEqualTo(ref("HIRED"));
            assertThat(number(data, "employerId")).isEqualTo(employer);
        }
    }

    @Test
    void anAnonymisationIsTheLastEventThatNamesTheExternalRefItHad() {
        JsonObject anonymised = awaitEvent("participant.anonymised",
                d -> ref("FORGOTTEN").equals(d.getString("participant", null)));

        assertThat(anonymised.getString("subject")).startsWith("participants/");
        assertThat(data(anonymised).keySet()).containsExactly("participant");
    }

    @Test
    void aWeekSignedOffAloneOrWithTheTeamNamesTheSpecialistTheWeekAndTheManager() {
        for (String specialist : List.of(kariName, olaName)) {
            JsonObject signed = awaitEvent("week.signed-off", d -> specialist.equals(d.getString("specialist", null)));

            assertThat(data(signed).getString("week")).isEqualTo(lastWeek);
            assertThat(data(signed).getString("signedOffBy")).isEqualTo(livName);
            assertThat(signed.getString("subject")).isEqualTo("weeks/" + specialist + "/" + lastWeek);
        }
    }

    @Test
    void everyTypeArrivesSignedAsACloudEventWithNoAliasNoteOrReason() {
        for (EventType type : EventType.values()) {
            awaitEvent(type.type().substring(PREFIX.length()), d -> true);
        }

        assertThat(receiver.refused()).as("every signature verifies").isEmpty();
        assertThat(receiver.received()).allSatisfy(event -> {
            assertThat(event.getString("specversion")).isEqualTo("1.0");
            assertThat(event.getString("source")).isEqualTo("urn:no.ips.outreach");
            assertThat(event.getString("datacontenttype")).isEqualTo("application/json");
        });
        assertThat(receiver.received().toString()).doesNotContain("Visited-" + suffix, "Hired-" + suffix,
                "Forgotten-" + suffix, "weekend staff", "Logged twice", "Put on hold", "Seasonal job",
                "Wants kitchen work", "Quiet week");
    }

    private void subscribeToEveryType() {
        JsonArrayBuilder types = Json.createArrayBuilder();
        Arrays.stream(EventType.values()).map(EventType::type).forEach(types::add);
        Reply created = admin.post("events/subscriptions", Json.createObjectBuilder().add("url", receiver.url())
                .add("eventTypes", types).build(), Map.of("Idempotency-Key", "every-type-" + suffix)).expect(201);
        subscription = created.id();
        receiver.secret(created.json().getString("secret"));
    }

    private void logCorrectAndVoidAVisitFor(long participant) {
        visit = kari.post("visits", visitWith(participant).build()).expect(201).id();
        kari.put("visits/" + visit, visitWith(participant).add("meetingMinutes", 55).build(), etag("visits/" + visit))
                .expect(200);
        kari.post("visits/" + visit + "/void", Json.createObjectBuilder().add("reason", "Logged twice").build(),
                Map.of("If-Match", etag("visits/" + visit))).expect(200);
    }

    /** A proposal, then a job start through the opening's only position: the start fills the opening. */
    private void matchAndStartAJobThatFillsAnOpeningThenEndIt(long participant) {
        filledOpening = opening();
        match = kari.post("matches", Json.createObjectBuilder().add("participantId", participant)
                .add("openingId", filledOpening).add("reason", "Wants kitchen work").build()).expect(201).id();
        Reply started = kari.post("job-starts", Json.createObjectBuilder().add("participantId", participant)
                .add("openingId", filledOpening).add("startDate", TestData.today().toString()).build()).expect(201);
        jobStart = started.id();
        kari.post("job-starts/" + jobStart + "/end", Json.createObjectBuilder()
                .add("endDate", TestData.today().plusDays(30).toString()).add("reason", "Seasonal job").build(),
                Map.of("If-Match", started.header("ETag"))).expect(200);
    }

    /** Kari's week by the single-week review, Ola's by the team's sign-off of several weeks at once. */
    private void signOffOneWeekAloneAndAnotherWithTheTeam(Client liv, long team) {
        liv.put("audit/specialists/" + kariName + "/weeks/" + lastWeek + "/review",
                Json.createObjectBuilder().add("note", "Quiet week").build(), null).expect(200);
        liv.post("supervision/teams/" + team + "/sign-offs", Json.createObjectBuilder().add("signOffs",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("specialist", olaName)
                        .add("week", lastWeek).add("note", "Quiet week"))).build()).expect(200);
    }

    private Reply participant(String alias, String externalRef) {
        return kari.post("participants", TeamFixture.participant(alias + "-" + suffix, "GENERAL")
                .add("externalRef", externalRef).build()).expect(201);
    }

    private long opening() {
        return kari.post("openings", Json.createObjectBuilder().add("employerId", employer).add("title", "Kokk")
                .add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", 1).add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH").build()).expect(201).id();
    }

    private JsonObjectBuilder visitWith(long participant) {
        return TestData.visit(employer, visitedAt).add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("participantId", participant).add("disclosure", "GENERAL")));
    }

    private String etag(String path) {
        return kari.get(path).expect(200).header("ETag");
    }

    private String ref(String who) {
        return "ET-" + who + "-" + suffix;
    }

    /**
     * The first event of the type (after "no.ips.outreach.") whose data matches, waiting up to a minute for it; the
     * failure lists the data of the type's events that did arrive.
     */
    private JsonObject awaitEvent(String type, Predicate<JsonObject> data) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            var found = receiver.received().stream().filter(e -> e.getString("type").equals(PREFIX + type))
                    .filter(e -> data.test(data(e))).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            assertThat(Instant.now()).as("a matching " + PREFIX + type + " event arrives; of the type came only "
                    + receiver.received().stream().filter(e -> e.getString("type").equals(PREFIX + type))
                    .map(EventTypesIT::data).toList()).isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static JsonObject data(JsonObject event) {
        return event.getJsonObject("data");
    }

    private static long number(JsonObject data, String name) {
        return data.containsKey(name) && !data.isNull(name) ? data.getJsonNumber(name).longValue() : -1;
    }
}
