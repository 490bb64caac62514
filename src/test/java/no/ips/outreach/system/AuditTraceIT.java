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

    private JsonObject trace(Client reader, String isoWeek) {
        return reader.get(specialist(kariName) + "/weeks/" + isoWeek + "/visits").expect(200).json();
    }

    private static JsonObject entry(JsonObject trace, long visitId) {
        return trace.getJsonArray("visits").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("visitId").longValue() == visitId).findFirst().orElseThrow();
    }

    private static List<String> reasons(JsonObject entry) {
        return List.of(reason(entry.getJsonObject("faceToFace")), reason(entry.getJsonObject("community")));
    }

    private static String reason(JsonObject counted) {
        return counted.getBoolean("counts") ? "COUNTS" : counted.getString("reason");
    }

    /** The week's totals and weekly line agree with the visits listed behind them, counted again one by one. */
    private void assertTheFiguresAreTheVisits(JsonObject trace, long faceToFace, long communityMinutes) {
        List<JsonObject> visits = trace.getJsonArray("visits").getValuesAs(JsonObject.class);
        JsonObject t = trace.getJsonObject("totals");
        assertThat(t.getJsonNumber("faceToFaceContacts").longValue()).isEqualTo(faceToFace)
                .isEqualTo(visits.stream().filter(v -> v.getJsonObject("faceToFace").getBoolean("counts")).count())
                .isEqualTo(totals().getJsonNumber("faceToFaceContacts").longValue());
        assertThat(t.getJsonNumber("communityMinutes").longValue()).isEqualTo(communityMinutes)
                .isEqualTo(visits.stream().mapToLong(v -> v.getJsonNumber("communityMinutes").longValue()).sum())
                .isEqualTo(totals().getJsonNumber("communityMinutes").longValue());
        JsonObject weekly = liv.get(specialist(kariName) + "/weekly?week=" + week).expect(200).jsonArray().getJsonObject(0);
        assertThat(List.of(weekly.getJsonNumber("faceToFaceContacts").longValue(),
                weekly.getJsonNumber("communityMinutes").longValue())).isEqualTo(List.of(faceToFace, communityMinutes));
    }

    @Test
    void theVisitsBehindAWeekAddUpToItsFiguresWithTheReasonForEachOneLeftOutAndAVoidRemovesExactlyItsOwn() {
        List<Logged> week1 = logTheWeek(kari);
        long fair = kari.post("visits", visit(hotel, at(monday.plusDays(5), 10, 0), "EVENT", 120, 20,
                "LEARNS_EMPLOYER_NEEDS")).expect(201).id();
        long lateSunday = kari.post("visits", visit(shop, at(monday.minusDays(1), 23, 0), "IN_PERSON", 90, 10,
                "LEARNS_EMPLOYER_NEEDS")).expect(201).id();

        JsonObject trace = trace(liv, week);
        assertThat(trace.getJsonObject("totals").getInt("visits")).isEqualTo(9);
        assertTheFiguresAreTheVisits(trace, 5, 310 + 140);
        assertThat(reasons(entry(trace, week1.get(0).id()))).containsExactly("COUNTS", "COUNTS");
        assertThat(reasons(entry(trace, week1.get(5).id()))).containsExactly("PHONE", "PHONE");
        assertThat(reasons(entry(trace, week1.get(6).id()))).containsExactly("EMAIL", "EMAIL");
        assertThat(reasons(entry(trace, fair))).containsExactly("EVENT", "COUNTS");
        assertThat(entry(trace, fair).getInt("communityMinutes")).isEqualTo(140);
        // a meeting that started on the Sunday before and ran past midnight counts in the week it started
        assertThat(reasons(entry(trace, lateSunday))).containsExactly("OUTSIDE_WEEK", "OUTSIDE_WEEK");
        assertThat(entry(trace, lateSunday).getJsonObject("faceToFace").getString("explanation")).contains("started");
        // the specialist reads their own; a colleague may not, another team does not see it
        assertThat(trace(kari, week)).isEqualTo(trace);
        ola.get(specialist(kariName) + "/weeks/" + week + "/visits").problem(403);
        mona.get(specialist(kariName) + "/weeks/" + week + "/visits").problem(404);

        // an overlap refused changes nothing
        kari.post("visits", visit(bakery, at(monday, 9, 20), "IN_PERSON", 30, 10, "LEARNS_EMPLOYER_NEEDS")).problem(409);
        assertThat(trace(liv, week)).isEqualTo(trace);

        // a void takes out exactly the voided visit's contact and minutes, and the visit stays listed, as void
        long hotelVisit = week1.get(3).id();
        String etag = kari.get("visits/" + hotelVisit).expect(200).header("ETag");
        kari.post("visits/" + hotelVisit + "/void", jakarta.json.Json.createObjectBuilder().add("reason", "Never went")
                .build(), java.util.Map.of("If-Match", etag)).expect(200);
        JsonObject afterVoid = trace(liv, week);
        assertThat(afterVoid.getJsonObject("totals").getInt("visits")).isEqualTo(9);
        assertThat(afterVoid.getJsonObject("totals").getInt("voided")).isEqualTo(1);
        assertTheFiguresAreTheVisits(afterVoid, 4, 310 + 140 - 55);
        assertThat(reasons(entry(afterVoid, hotelVisit))).containsExactly("VOIDED", "VOIDED");
        assertThat(entry(afterVoid, hotelVisit).getJsonObject("voided").getString("reason")).isEqualTo("Never went");

        // a late sign-off of an earlier week counts for its month only, and moves none of that week's figures
        String oldWeek = isoWeek(monday.minusWeeks(2));
        kari.post("visits", visit(cafe, at(monday.minusWeeks(2).plusDays(1), 9, 0), "IN_PERSON", 40, 15,
                "LEARNS_EMPLOYER_NEEDS")).expect(201);
        JsonObject oldTrace = trace(liv, oldWeek);
        assertThat(signOff(liv, specialist(kariName) + "/weeks/" + oldWeek + "/review").expect(200).json()
                .getBoolean("weekly")).isFalse();
        assertThat(trace(liv, oldWeek)).isEqualTo(oldTrace);
        assertThat(oldTrace.getJsonObject("totals").getInt("faceToFaceContacts")).isEqualTo(1);
    }
}
