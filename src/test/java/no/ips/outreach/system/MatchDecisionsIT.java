package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A match follows the participant's choice from proposal to hire; only their specialist moves it, managers read it. */
class MatchDecisionsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private Client kari;
    private Client ola;
    private Client per;
    private Client liv;
    private long employer;

    @BeforeEach
    void twoTeamsAndAnEmployer() {
        String team = teams.team("nav-md-" + suffix);
        String other = teams.team("nav-mo-" + suffix);
        kari = teams.specialist("kari-" + suffix, team);
        ola = teams.specialist("ola-" + suffix, team);
        per = teams.specialist("per-" + suffix, other);
        liv = teams.manager("liv-" + suffix, team);
        employer = kari.post("employers", TestData.employer("Matches AS " + suffix).build()).expect(201).id();
    }

    @Test
    void aMatchFollowsTheParticipantToAHireThatStartsTheJob() {
        long participant = participant("AH");
        long opening = opening();
        JsonObject proposal = proposal(participant, opening).add("reason", "Wants kitchen work").build();

        Reply proposed = kari.post("matches", proposal, Map.of("Idempotency-Key", "match-" + suffix)).expect(201);
        Reply replayed = kari.post("matches", proposal, Map.of("Idempotency-Key", "match-" + suffix)).expect(201);
        assertThat(replayed.id()).isEqualTo(proposed.id());
        assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(proposed.header("Location")).endsWith("/api/v1/matches/" + proposed.id());
        assertThat(proposed.json().getString("stage")).isEqualTo("PROPOSED");

        Reply moved = step(proposed, "INTERESTED", "Keen after the visit");
        moved = step(moved, "INTRODUCED", null);
        moved = step(moved, "INTERVIEW", null);
        Reply hired = kari.post("matches/" + proposed.id() + "/steps", stage("HIRED").add("startDate", TestData.today().toString())
                .add("hoursPerWeek", 20).build(), Map.of("If-Match", moved.header("ETag"))).expect(200);

        assertThat(hired.json().getString("stage")).isEqualTo("HIRED");
        assertThat(hired.json().getJsonArray("next")).isEmpty();
        long jobStart = hired.json().getJsonNumber("jobStartId").longValue();
        JsonObject start = kari.get("job-starts/" + jobStart).expect(200).json();
        assertThat(start.getJsonNumber("openingId").longValue()).isEqualTo(opening);
        assertThat(start.getJsonNumber("hoursPerWeek").intValue()).isEqualTo(20);
        assertThat(kari.get("openings/" + opening).json().getString("status")).isEqualTo("FILLED");
        assertThat(kari.get("participants/" + participant).json().getString("status")).isEqualTo("EMPLOYED");
        var steps = kari.get("matches/" + proposed.id()).expect(200).json().getJsonArray("steps").getValuesAs(JsonObject.class);
        assertThat(steps).extracting(s -> s.getString("stage"))
                .containsExactly("PROPOSED", "INTERESTED", "INTRODUCED", "INTERVIEW", "HIRED");
        assertThat(steps.get(1).getString("reason")).isEqualTo("Keen after the visit");
        assertThat(steps).allSatisfy(s -> assertThat(s.getString("actor")).isEqualTo("kari-" + suffix));
    }

    @Test
    void aHireOnAnOpeningFilledMeanwhileIsRefusedAndNothingChanges() {
        long first = participant("AH");
        long second = participant("BB");
        long opening = opening();
        Reply firstMatch = introduced(first, opening);
        Reply secondMatch = introduced(second, opening);
        hire(firstMatch).expect(200);

        assertThat(hire(secondMatch).problem(409).getString("detail")).contains("FILLED");
        assertThat(kari.get("matches/" + secondMatch.id()).json().getString("stage")).isEqualTo("INTRODUCED");
        assertThat(kari.get("participants/" + second).json().getString("status")).isEqualTo("JOB_SEARCH");
        assertThat(kari.get("job-starts?participantId=" + second).json().getInt("total")).isZero();
    }

    @Test
    void aDeclinedOpeningIsProposedAgainOnlyAfterThePreferencesChange() {
        long participant = participant("AH");
        long opening = opening();
        Reply proposed = kari.post("matches", proposal(participant, opening).build()).expect(201);
        step(proposed, "DECLINED", "Does not want to work in a kitchen");

        String refused = kari.post("matches", proposal(participant, opening).build()).problem(409).getString("detail");
        assertThat(refused).contains("declined this opening on " + LocalDate.now(ZoneId.of("Europe/Oslo")))
                .contains("once their preferences or the opening change");

        String etag = kari.get("participants/" + participant).header("ETag");
        kari.put("participants/" + participant + "/preferences", Json.createObjectBuilder()
                .add("occupations", Json.createArrayBuilder().add("5120")).add("hoursMax", 25).build(), etag).expect(200);
        Reply again = kari.post("matches", proposal(participant, opening).add("reason", "Now open to kitchens").build()).expect(201);

        assertThat(again.id()).isEqualTo(proposed.id());
        assertThat(again.json().getString("stage")).isEqualTo("PROPOSED");
        assertThat(again.json().getJsonArray("steps")).hasSize(3);
        kari.post("matches", proposal(participant, opening).build()).problem(409);
    }

    @Test
    void aMoveTheStagesDoNotAllowIsAConflictAndAStaleVersionIsRefused() {
        Reply proposed = kari.post("matches", proposal(participant("AH"), opening()).build()).expect(201);
        String path = "matches/" + proposed.id() + "/steps";

        String detail = kari.post(path, stage("INTERVIEW").build(), Map.of("If-Match", proposed.header("ETag")))
                .problem(409).getString("detail");
        assertThat(detail).contains("PROPOSED").contains("INTERESTED or DECLINED");
        kari.post(path, stage("INTERESTED").build()).problem(428);
        step(proposed, "INTERESTED", null);
        kari.post(path, stage("INTRODUCED").build(), Map.of("If-Match", proposed.header("ETag"))).problem(412);
        assertThat(kari.post(path, stage("HIRED").build(), Map.of("If-Match", kari.get("matches/" + proposed.id()).header("ETag")))
                .problem(409).getString("detail")).contains("INTERESTED");
        assertThat(kari.post(path, Json.createObjectBuilder().add("stage", "MAYBE").build(),
                Map.of("If-Match", proposed.header("ETag"))).status()).isEqualTo(400);
    }

    @Test
    void onlyTheParticipantsSpecialistProposesAndMovesTheTeamsManagersReadAndOthersSeeNothing() {
        long participant = participant("AH");
        long opening = opening();
        Reply proposed = kari.post("matches", proposal(participant, opening).build()).expect(201);
        String match = "matches/" + proposed.id();

        ola.get(match).problem(404);
        per.get(match).problem(404);
        ola.post(match + "/steps", stage("INTERESTED").build(), Map.of("If-Match", proposed.header("ETag"))).problem(404);
        assertThat(ola.get("matches?participantId=" + participant).expect(200).json().getInt("total")).isZero();
        assertThat(ola.post("matches", proposal(participant, opening()).build()).invalidFields()).containsExactly("participantId");

        assertThat(liv.get(match).expect(200).json().getString("stage")).isEqualTo("PROPOSED");
        assertThat(liv.get("matches?stage=PROPOSED&participantId=" + participant).expect(200).json().getInt("total")).isEqualTo(1);
        liv.post(match + "/steps", stage("INTERESTED").build(), Map.of("If-Match", proposed.header("ETag"))).problem(403);

        admin.get(match).problem(404);
        admin.get("matches").problem(403);
        var log = admin.get("access-log?participantId=" + participant).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(log).extracting(line -> line.getString("action")).contains("MATCH", "READ", "LIST");
    }

    @Test
    void onlyAnOpenOpeningIsProposed() {
        long participant = participant("AH");
        Reply opening = kari.post("openings", openingBody().build()).expect(201);
        kari.post("openings/" + opening.id() + "/close", Json.createObjectBuilder().add("status", "CLOSED")
                .add("reason", "On hold").build(), Map.of("If-Match", opening.header("ETag"))).expect(200);

        assertThat(kari.post("matches", proposal(participant, opening.id()).build()).problem(409).getString("detail"))
                .contains("CLOSED");
        assertThat(kari.post("matches", proposal(participant, Long.MAX_VALUE / 2).build()).invalidFields())
                .containsExactly("openingId");
    }

    private Reply introduced(long participant, long opening) {
        Reply proposed = kari.post("matches", proposal(participant, opening).build()).expect(201);
        return step(step(proposed, "INTERESTED", null), "INTRODUCED", null);
    }

    private Reply hire(Reply match) {
        return kari.post("matches/" + match.json().getJsonNumber("id").longValue() + "/steps",
                stage("HIRED").add("startDate", TestData.today().toString()).build(), Map.of("If-Match", match.header("ETag")));
    }

    private Reply step(Reply match, String stage, String reason) {
        JsonObjectBuilder body = stage(stage);
        if (reason != null) {
            body.add("reason", reason);
        }
        Reply moved = kari.post("matches/" + match.json().getJsonNumber("id").longValue() + "/steps", body.build(),
                Map.of("If-Match", match.header("ETag"))).expect(200);
        assertThat(moved.json().getString("stage")).isEqualTo(stage);
        assertThat(moved.header("ETag")).isNotEqualTo(match.header("ETag"));
        return moved;
    }

    private long participant(String alias) {
        return kari.post("participants", TeamFixture.participant(alias, "GENERAL").build()).expect(201).id();
    }

    private long opening() {
        return kari.post("openings", openingBody().build()).expect(201).id();
    }

    private JsonObjectBuilder openingBody() {
        return Json.createObjectBuilder().add("employerId", employer).add("title", "Kokk").add("occupationCode", "5120")
                .add("hoursPerWeek", 30).add("positions", 1).add("competitive", true).add("source", "EMPLOYER_GOT_IN_TOUCH");
    }

    private static JsonObjectBuilder proposal(long participant, long opening) {
        return Json.createObjectBuilder().add("participantId", participant).add("openingId", opening);
    }

    private static JsonObjectBuilder stage(String stage) {
        return Json.createObjectBuilder().add("stage", stage);
    }
}
