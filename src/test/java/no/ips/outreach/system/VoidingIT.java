package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Voiding a visit logged by mistake (#12, point 6): it stays in the log and its revisions, shown as void, and counts in
 * no figure, ledger, first-contact date, contact summary or planner progress; a signed-off week it falls in is changed
 * after review; only its own specialist or the team's managers may void it.
 */
class VoidingIT extends AuditScenario {

    private Reply voidVisit(Client who, long visit, String etag, String reason, Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        if (etag != null) {
            all.put("If-Match", etag);
        }
        return who.post("visits/" + visit + "/void", Json.createObjectBuilder().add("reason", reason).build(), all);
    }

    private String etag(Client who, long visit) {
        return who.get("visits/" + visit).expect(200).header("ETag");
    }

    private JsonObject totals() {
        return liv.get(specialist(kariName) + "?week=" + week).expect(200).json().getJsonObject("totals");
    }

    private JsonObject nationalLine() {
        return admin.get("audit/national?week=" + week).expect(200).json().getJsonArray("teams")
                .getValuesAs(JsonObject.class).stream().filter(line -> line.getJsonNumber("teamId").longValue() == team)
                .findFirst().orElseThrow().getJsonObject("figures");
    }

    private JsonObject rapid() {
        return kari.get(specialist(kariName) + "/first-contacts?week=" + week).expect(200).json();
    }

    @Test
    void aVoidedVisitStaysInTheLogButCountsInNoFigureLedgerOrFirstContactAndReopensItsSignedOffWeek() {
        logTheWeek(kari);
        long seeker = kari.post("participants", TeamFixture.participant("VD", "GENERAL").build()).expect(201).id();
        JsonObject forSeeker = Json.createObjectBuilder(visit(garage, at(monday.plusDays(2), 15, 0), "IN_PERSON", 30, 10,
                        "LEARNS_EMPLOYER_NEEDS")).add("purpose", "PARTICIPANT_JOB_DEVELOPMENT")
                .add("participants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("participantId", seeker).add("disclosure", "GENERAL"))).build();
        long mistaken = kari.post("visits", forSeeker).expect(201).id();
        signOff(liv, specialist(kariName) + "/weeks/" + week + "/review").expect(200);

        assertThat(totals().getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(6);
        assertThat(totals().getJsonNumber("communityMinutes").longValue()).isEqualTo(350);
        assertThat(nationalLine().getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(6);
        assertThat(rapid().getJsonNumber("reachedInPeriod").longValue()).isEqualTo(1);
        assertThat(kari.get("employers/" + garage).expect(200).json().getInt("faceToFaceCount")).isEqualTo(1);

        String etag = etag(kari, mistaken);
        // least privilege: a colleague may read it but not void it, another team does not see it, nor does an
        // administrator who does not manage the team void it
        voidVisit(ola, mistaken, etag, "wrong employer", Map.of()).problem(403);
        voidVisit(mona, mistaken, etag, "wrong employer", Map.of()).problem(404);
        voidVisit(admin, mistaken, etag, "wrong employer", Map.of()).problem(403);
        voidVisit(kari, mistaken, null, "wrong employer", Map.of()).problem(428);
        assertThat(voidVisit(kari, mistaken, etag, " ", Map.of()).invalidFields()).containsExactly("reason");
        assertThat(totals().getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(6);

        Reply voided = voidVisit(kari, mistaken, etag, "Logged against the wrong employer", Map.of("Idempotency-Key",
                "void-" + suffix)).expect(200);
        JsonObject view = voided.json();
        assertThat(view.getJsonObject("voided").getString("by")).isEqualTo(kariName);
        assertThat(view.getJsonObject("voided").getString("reason")).isEqualTo("Logged against the wrong employer");
        assertThat(view.getBoolean("faceToFace")).isFalse();
        Reply replay = voidVisit(kari, mistaken, etag, "Logged against the wrong employer", Map.of("Idempotency-Key",
                "void-" + suffix)).expect(200);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(view);
        assertThat(voidVisit(liv, mistaken, etag(liv, mistaken), "again", Map.of()).problem(409).getString("detail"))
                .contains("voided by " + kariName);
        kari.put("visits/" + mistaken, forSeeker, etag(kari, mistaken)).problem(409);

        // still in the log and its revisions, shown as void
        JsonObject read = liv.get("visits/" + mistaken).expect(200).json();
        assertThat(read.getJsonObject("voided").getString("at")).isNotBlank();
        var revisions = liv.get("visits/" + mistaken + "/revisions").expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).getString("changedBy")).isEqualTo(kariName);
        JsonObject change = revisions.get(0).getJsonArray("changes").getJsonObject(0);
        assertThat(List.of(change.getString("field"), change.getString("newValue")))
                .isEqualTo(List.of("voided", "Logged against the wrong employer"));
        assertThat(liv.get("visits?specialist=" + kariName + "&from=" + monday + "&to=" + sunday).expect(200).json()
                .getInt("total")).isEqualTo(8);

        // and in no figure: the week's totals, the national ledger, the first contact, the employer's summary
        assertThat(totals().getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(5);
        assertThat(totals().getJsonNumber("communityMinutes").longValue()).isEqualTo(310);
        assertThat(nationalLine().getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(5);
        assertThat(nationalLine().getJsonNumber("communityMinutes").longValue()).isEqualTo(310);
        assertThat(rapid().getJsonNumber("reachedInPeriod").longValue()).isZero();
        JsonObject garagePage = kari.get("employers/" + garage).expect(200).json();
        assertThat(List.of(garagePage.getInt("faceToFaceCount"), garagePage.getInt("contactCount"))).isEqualTo(List.of(0, 1));

        // the signed-off week was changed after review, by this void, named as the visit's revision 1
        JsonObject review = liv.get(specialist(kariName) + "/weeks/" + week + "/review").expect(200).json();
        assertThat(review.getString("status")).isEqualTo("CHANGED_AFTER_REVIEW");
        assertThat(review.getJsonNumber("changedVisitId").longValue()).isEqualTo(mistaken);
        assertThat(review.getInt("changedRevision")).isEqualTo(1);

        // nobody was there: the same hour is free for the visit that did happen
        kari.post("visits", visit(shop, at(monday.plusDays(2), 15, 0), "IN_PERSON", 30, 10, "LEARNS_EMPLOYER_NEEDS"))
                .expect(201);
    }

    @Test
    void aManagerVoidsAVisitThatCompletedAPlanAndThePlanIsOpenAgainAndOutOfProgress() {
        LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
        String yesterdaysWeek = isoWeek(yesterday);
        long planned = kari.post("planner/" + kariName + "/visits", Json.createObjectBuilder().add("employerId", cafe)
                .add("day", LocalDate.now(OSLO).plusDays(1).toString()).add("startsAt", "10:00")
                .add("durationMinutes", 45).add("purpose", "GENERAL_JOB_DEVELOPMENT").build()).expect(201).id();
        outreach.sql("UPDATE planned_visit SET planned_on = ?, week_start = ? WHERE id = ?", yesterday,
                yesterday.with(DayOfWeek.MONDAY), planned);
        long made = kari.post("planned-visits/" + planned + "/completion", "{}").expect(201).id();
        assertThat(kari.get("planner/" + kariName + "/weeks/" + yesterdaysWeek).expect(200).json()
                .getJsonObject("progress").getInt("done")).isEqualTo(1);

        JsonObject voided = voidVisit(liv, made, etag(liv, made), "Kari was ill; the visit never took place", Map.of())
                .expect(200).json();

        assertThat(voided.getJsonObject("voided").getString("by")).isEqualTo("liv-" + suffix);
        JsonObject plan = kari.get("planned-visits/" + planned).expect(200).json();
        assertThat(plan.getString("state")).isEqualTo("MISSED");
        assertThat(absent(plan, "visitId")).isTrue();
        assertThat(kari.get("planner/" + kariName + "/weeks/" + yesterdaysWeek).expect(200).json()
                .getJsonObject("progress").getInt("done")).isZero();
    }
}
