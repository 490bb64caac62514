package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's suggestions over HTTP on MariaDB: what to plan next, and for whom. */
class PlanSuggestionsIT extends PlannerScenario {

    @Test
    void aSuggestionIsPlannedFromADayAndATimeWithTheRestPrefilledAndATimeReadsAsPeopleTypeIt() {
        long cafe = employer("Kafé Forslag", 1);
        kari.post("visits", TestData.visit(cafe, TestData.daysAgo(3)).add("nextStep", "Bring the CV")
                .add("nextStepDue", thursday.toString()).build()).expect(201);
        String path = "planner/" + kariName + "/suggestions/" + cafe + "/plan";

        JsonObject unreadable = kari.post(path, Json.createObjectBuilder().add("day", thursday.toString())
                .add("startsAt", "half past nine").build()).problem(400);
        assertThat(unreadable.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("startsAt");
        assertThat(unreadable.toString()).contains("09:30").doesNotContain("Yasson", "JsonbDateFormat", "java.");

        JsonObject planned = kari.post(path, Json.createObjectBuilder().add("day", thursday.toString()).add("startsAt", "9")
                .build()).expect(201).json();

        assertThat(planned.getJsonNumber("employerId").longValue()).isEqualTo(cafe);
        assertThat(planned.getString("startsAt")).startsWith("09:00");
        assertThat(planned.getInt("durationMinutes")).isEqualTo(45);
        assertThat(planned.getString("purpose")).isEqualTo("GENERAL_JOB_DEVELOPMENT");
        assertThat(planned.getString("reason")).isEqualTo("FOLLOW_UP_DUE");
        kari.post(path, Json.createObjectBuilder().add("day", thursday.toString()).add("startsAt", "11").build()).problem(404);
        assertThat(planFor(kari, kariName, plan(employer("Kafé Ni", 2), thursday.plusDays(1), "09")).expect(201).json()
                .getString("startsAt")).startsWith("09:00");
    }

    @Test
    void suggestionsFollowUpLoggedNextStepsButNeverDoNotContactOrWhatIsAlreadyPlanned() {
        long cafe = employer("Kafé Lyst", 1);
        long quiet = employer("Stengt For Oss", 2);
        LocalDate due = thursday;
        for (long employer : new long[] {cafe, quiet}) {
            kari.post("visits", TestData.visit(employer, TestData.daysAgo(2).minusHours(employer == cafe ? 0 : 2))
                    .add("nextStep", "Bring the CV")
                    .add("nextStepDue", due.toString()).build()).expect(201);
        }
        Reply quietNow = kari.get("employers/" + quiet).expect(200);
        kari.put("employers/" + quiet, TestData.employer("Stengt For Oss", quietNow.json().getString("orgNumber"))
                .add("doNotContact", true).add("doNotContactReason", "Asked us to stop").add("tags", Json.createArrayBuilder())
                .build(), quietNow.header("ETag")).expect(200);

        List<JsonObject> suggested = kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200)
                .jsonArray().getValuesAs(JsonObject.class);

        assertThat(suggested).extracting(s -> s.getJsonNumber("employerId").longValue()).contains(cafe).doesNotContain(quiet);
        JsonObject followUp = suggested.stream().filter(s -> s.getJsonNumber("employerId").longValue() == cafe).findFirst()
                .orElseThrow();
        assertThat(followUp.getJsonArray("reasons").getJsonObject(0).getString("reason")).isEqualTo("FOLLOW_UP_DUE");
        assertThat(followUp.getJsonArray("reasons").getJsonObject(0).getString("explanation")).contains("Bring the CV");
        liv.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200);
        ola.get("planner/" + kariName + "/weeks/" + week + "/suggestions").problem(403);

        planFor(kari, kariName, plan(cafe, thursday, "09:00").add("reason", "FOLLOW_UP_DUE")).expect(201);

        assertThat(kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200).jsonArray()
                .getValuesAs(JsonObject.class)).extracting(s -> s.getJsonNumber("employerId").longValue()).doesNotContain(cafe);
    }

    @Test
    void aJobSeekerNearingThirtyDaysWithoutAnEmployerContactIsSentToTheEmployerOfTheirBestOpening() {
        long kitchen = employer("Kjøkkenet AS", 1);
        kari.post("openings", Json.createObjectBuilder().add("employerId", kitchen).add("title", "Kokk")
                .add("occupationCode", "5120").add("hoursPerWeek", 30).add("positions", 1).add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH").build()).expect(201);
        Reply cy = kari.post("participants", TeamFixture.participant("Cy L", "GENERAL").build()).expect(201);
        kari.put("participants/" + cy.id() + "/preferences", Json.createObjectBuilder()
                .add("occupations", Json.createArrayBuilder().add("5120")).add("hoursMax", 30).build(), cy.header("ETag"))
                .expect(200);

        // other tests' openings share this database, so the best opening may be an equal one elsewhere: find Cy's
        JsonObject suggestion = kari.get("planner/" + kariName + "/weeks/" + week + "/suggestions").expect(200).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonArray("participants").getValuesAs(JsonObject.class).stream()
                        .anyMatch(p -> p.getJsonNumber("id").longValue() == cy.id()))
                .findFirst().orElseThrow();

        JsonObject reason = suggestion.getJsonArray("reasons").getJsonObject(0);
        assertThat(reason.getString("reason")).isEqualTo("FIRST_CONTACT_DUE");
        assertThat(reason.getString("explanation")).contains("10 days left").contains("their best opening");
        assertThat(suggestion.getJsonArray("participants").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("alias")).containsExactly("Cy L");
        assertThat(kari.get("openings?employerId=" + suggestion.getJsonNumber("employerId").longValue()).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("occupationCode"))
                .contains("5120");
    }
}
