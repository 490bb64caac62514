package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A fidelity reviewer's check: one specialist-week's figures walked back to the visits they counted, and the input
 * mistakes that once inflated them (an overlapping visit, an implausible one, a late sign-off) shown to have exactly
 * the effect the rules state, and no other.
 */
class AuditTraceIT extends AuditScenario {

    private JsonObject totals() {
        return liv.get(specialist(kariName) + "?week=" + week).expect(200).json().getJsonObject("totals");
    }

    private List<JsonObject> loggedInTheWeek() {
        return liv.get("visits?specialist=" + kariName + "&from=" + monday + "&to=" + sunday + "&limit=200").expect(200)
                .json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void aSpecialistWeeksFiguresAreTheVisitsItCountedAndRefusedOrLateInputsChangeOnlyWhatTheRulesSay() {
        logTheWeek(kari);

        JsonObject totals = totals();
        List<JsonObject> inPerson = loggedInTheWeek().stream().filter(v -> v.getString("mode").equals("IN_PERSON")).toList();
        assertThat(totals.getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(inPerson.size()).isEqualTo(5);
        assertThat(totals.getJsonNumber("communityMinutes").longValue())
                .isEqualTo(inPerson.stream().mapToLong(v -> v.getInt("meetingMinutes") + v.getInt("travelMinutes")).sum())
                .isEqualTo(310);

        // an in-person visit on top of Monday's at the café is refused, and nothing it claimed is counted
        JsonObject overlap = kari.post("visits", visit(bakery, at(monday, 9, 20), "IN_PERSON", 30, 10,
                "LEARNS_EMPLOYER_NEEDS")).problem(409);
        long mondaysVisit = inPerson.stream().filter(v -> v.getString("startedAt").equals(at(monday, 9, 0).toInstant().toString()))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(overlap.getString("detail")).contains("visit " + mondaysVisit, monday + " 09:00");
        // so is a day of 600 minutes' meeting and 300 minutes' travel
        kari.post("visits", visit(garage, at(monday.plusDays(4), 8, 0), "IN_PERSON", 600, 300, "LEARNS_EMPLOYER_NEEDS"))
                .problem(400);
        assertThat(totals()).isEqualTo(totals);
        assertThat(loggedInTheWeek()).hasSize(7);

        // a sign-off of the week three weeks back, given today, is late: it counts for its month, not as weekly
        String oldWeek = isoWeek(monday.minusWeeks(2));
        kari.post("visits", visit(cafe, at(monday.minusWeeks(2).plusDays(1), 9, 0), "IN_PERSON", 40, 15,
                "LEARNS_EMPLOYER_NEEDS")).expect(201);
        JsonObject late = signOff(liv, specialist(kariName) + "/weeks/" + oldWeek + "/review").expect(200).json();
        assertThat(late.getBoolean("weekly")).isFalse();
        JsonObject oldLine = liv.get(teamReport() + "?week=" + oldWeek).expect(200).json().getJsonArray("specialists")
                .getValuesAs(JsonObject.class).stream().filter(line -> line.getString("username").equals(kariName))
                .findFirst().orElseThrow();
        assertThat(List.of(oldLine.getInt("weeksDue"), oldLine.getInt("weeksReviewed"), oldLine.getInt("weeksChangedAfterReview")))
                .isEqualTo(List.of(1, 0, 0));
        // and the week under review, signed in time, is reviewed weekly without its figures moving
        signOff(liv, specialist(kariName) + "/weeks/" + week + "/review").expect(200);
        assertThat(teamLine(kariName).getInt("weeksReviewed")).isEqualTo(1);
        assertThat(totals()).isEqualTo(totals);
    }
}
