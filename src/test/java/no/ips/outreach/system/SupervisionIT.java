package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The manager's desk over HTTP: a team's week in one call with the audit's own figures, who is behind and why, and
 * several weeks signed off in one all-or-nothing action.
 */
class SupervisionIT extends AuditScenario {

    private String olaName;

    @BeforeEach
    void caseloads() {
        olaName = "ola-" + suffix;
        for (int i = 0; i < 3; i++) {
            kari.post("participants", TeamFixture.participant("Seeker " + i, "NONE").build()).expect(201);
        }
        // enrolled 45 days ago and never brought to an employer: past the 30-day deadline
        ola.post("participants", TeamFixture.participant("Waiting", "NONE")
                .add("enrolledOn", LocalDate.now(OSLO).minusDays(45).toString()).build()).expect(201);
    }

    @Test
    void theTeamsWeekShowsEachSpecialistsFiguresAsTheAuditCountsThemAndWhoIsBehindAndWhy() {
        logTheWeek(kari);

        JsonObject desk = liv.get(desk(week)).expect(200).json();

        assertThat(desk.getJsonNumber("teamId").longValue()).isEqualTo(team);
        assertThat(desk.getString("week")).isEqualTo(week);
        assertThat(desk.getBoolean("signable")).isTrue();
        assertThat(desk.getInt("caseloadLimit")).isEqualTo(20);
        List<String> weeks = desk.getJsonArray("weeks").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertThat(weeks).hasSize(9).endsWith(week).startsWith(isoWeek(monday.minusWeeks(8)));

        JsonObject kariLine = line(desk, kariName);
        JsonObject audited = teamLine(kariName).getJsonObject("figures");
        JsonObject kariWeek = lastWeek(kariLine);
        assertThat(kariWeek.getInt("faceToFace")).isEqualTo(5).isEqualTo(audited.getInt("faceToFaceContacts"));
        assertThat(kariWeek.getInt("communityMinutes")).isEqualTo(310).isEqualTo(audited.getInt("communityMinutes"));
        assertThat(kariWeek.getInt("scheduledMinutes")).isEqualTo(audited.getInt("scheduledMinutes"));
        double workingWeeks = liv.get(teamReport() + "?week=" + week).expect(200).json().getJsonObject("period")
                .getJsonNumber("workingWeeks").doubleValue();
        assertThat(number(kariWeek, "target")).as("6 a week, less for a public holiday").isEqualTo(6 * workingWeeks);
        assertThat(kariWeek.getJsonObject("review").getString("status")).isEqualTo("NOT_REVIEWED");
        assertThat(kariLine.getInt("jobSeekers")).isEqualTo(3);
        assertThat(kariLine.getInt("caseload")).isEqualTo(3);
        assertThat(reasons(kariLine)).containsExactly("FACE_TO_FACE", "COMMUNITY_TIME");
        JsonObject contacts = kariLine.getJsonArray("behind").getJsonObject(0);
        assertThat(number(contacts, "actual")).isEqualTo(5);
        assertThat(number(contacts, "target")).isEqualTo(6 * workingWeeks);
        assertThat(contacts.getInt("planned")).isZero();

        JsonObject olaLine = line(desk, olaName);
        assertThat(lastWeek(olaLine).getInt("faceToFace")).isZero();
        assertThat(number(lastWeek(olaLine), "target")).isEqualTo(2 * workingWeeks);
        assertThat(olaLine.getInt("waitingPastDeadline")).isEqualTo(1);
        assertThat(reasons(olaLine)).containsExactly("FACE_TO_FACE", "COMMUNITY_TIME", "FIRST_CONTACT_OVERDUE");

        List<JsonObject> trend = desk.getJsonArray("team").getValuesAs(JsonObject.class);
        assertThat(trend).hasSize(9);
        assertThat(trend.get(8).getString("week")).isEqualTo(week);
        assertThat(trend.get(8).getInt("faceToFace")).isEqualTo(5);
        assertThat(number(trend.get(8), "faceToFacePerSpecialist")).isEqualTo(2.5);
    }

    @Test
    void severalWeeksAreSignedOffAtOnceWithTheirNotesAllOrNoneAndARetryAddsNothing() {
        logTheWeek(kari);
        String earlier = isoWeek(monday.minusWeeks(1));
        JsonObject both = signOffs(item(kariName, week, "Good week at the café"), item(olaName, week, null));

        List<JsonObject> signed = liv.post(signOffPath(), both).expect(200).jsonArray().getValuesAs(JsonObject.class);
        assertThat(signed).extracting(s -> s.getString("status")).containsExactly("SIGNED_OFF", "SIGNED_OFF");
        assertThat(signed.get(0).getString("note")).isEqualTo("Good week at the café");
        liv.post(signOffPath(), both).expect(200);
        assertThat(liv.get(specialist(kariName) + "/weeks/" + week + "/review").expect(200).json()
                .getJsonArray("history")).hasSize(1);

        // one week that cannot be signed yet refuses the whole request
        JsonObject mixed = signOffs(item(kariName, earlier, null), item(kariName, isoWeek(monday.plusWeeks(2)), null));
        liv.post(signOffPath(), mixed).problem(422);
        JsonObject desk = liv.get(desk(week)).expect(200).json();
        List<JsonObject> kariWeeks = line(desk, kariName).getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(kariWeeks.get(7).getJsonObject("review").getString("status")).isEqualTo("NOT_REVIEWED");
        assertThat(kariWeeks.get(8).getJsonObject("review").getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(kariWeeks.get(8).getJsonObject("review").getString("note")).isEqualTo("Good week at the café");

        long late = kari.post("visits", visit(garage, at(monday.plusDays(4), 15, 0), "IN_PERSON", 20, 10,
                "DESCRIBES_STRENGTHS")).expect(201).id();

        JsonObject changed = lastWeek(line(liv.get(desk(week)).expect(200).json(), kariName)).getJsonObject("review");
        assertThat(changed.getString("status")).isEqualTo("CHANGED_AFTER_REVIEW");
        assertThat(changed.getJsonNumber("changedVisitId").longValue()).isEqualTo(late);
        assertThat(changed.getInt("faceToFaceContactsAtSignOff")).isEqualTo(5);
        JsonObject again = liv.post(signOffPath(), signOffs(item(kariName, week, "Good week at the café")))
                .expect(200).jsonArray().getJsonObject(0);
        assertThat(again.getString("status")).isEqualTo("SIGNED_OFF");
        assertThat(again.getInt("faceToFaceContactsAtSignOff")).isEqualTo(6);
    }

    @Test
    void aSpecialistSeesOnlyTheirOwnLineAndAnotherTeamsManagerNothing() {
        JsonObject own = kari.get(desk(week)).expect(200).json();
        assertThat(own.getJsonArray("specialists").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("username")).containsExactly(kariName);
        assertThat(own.getJsonArray("team")).isEmpty();

        mona.get(desk(week)).problem(404);
        per.get(desk(week)).problem(404);
        kari.post(signOffPath(), signOffs(item(kariName, week, null))).problem(403);
        mona.post(signOffPath(), signOffs(item(kariName, week, null))).problem(404);
        assertThat(liv.post(signOffPath(), signOffs(item("per-" + suffix, week, null))).invalidFields())
                .containsExactly("signOffs[0].specialist");
        assertThat(liv.post(signOffPath(), signOffs(item(kariName, "2026-48", null))).invalidFields())
                .containsExactly("signOffs[0].week");
        assertThat(liv.post(signOffPath(), signOffs(item(kariName, week, null), item(kariName, week, "twice")))
                .invalidFields()).containsExactly("signOffs[1]");
        liv.post(signOffPath(), signOffs()).problem(400);
        liv.post(signOffPath(), Json.createObjectBuilder().add("signOffs", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("specialist", kariName).add("week", week).add("comment", "x")))
                .build()).problem(400);
        liv.get(desk("2026-W60")).problem(400);
        assertThat(lastWeek(line(liv.get(desk(week)).expect(200).json(), kariName)).getJsonObject("review")
                .getString("status")).isEqualTo("NOT_REVIEWED");
    }

    @Test
    void theNationalReportPlacesEachTeamInItsCountySoAdministratorsCanCompareARegion() {
        long bodo = admin.post("teams", Json.createObjectBuilder().add("code", "nav-bo-" + suffix).add("name", "Bodø")
                .add("kind", "NAV_OFFICE").add("municipalityCode", "1804").build()).expect(201).id();

        var lines = admin.get("audit/national?week=" + week).expect(200).json().getJsonArray("teams")
                .getValuesAs(JsonObject.class);

        JsonObject line = lines.stream().filter(l -> l.getJsonNumber("teamId").longValue() == bodo).findFirst()
                .orElseThrow();
        assertThat(line.getJsonObject("region").getString("code")).isEqualTo("NO-18");
        assertThat(line.getJsonObject("region").getString("name")).startsWith("Nordland");
    }

    private String desk(String isoWeek) {
        return "supervision/teams/" + team + "/weeks/" + isoWeek;
    }

    private String signOffPath() {
        return "supervision/teams/" + team + "/sign-offs";
    }

    private static JsonObject item(String specialist, String week, String note) {
        var item = Json.createObjectBuilder().add("specialist", specialist).add("week", week);
        if (note != null) {
            item.add("note", note);
        }
        return item.build();
    }

    private static JsonObject signOffs(JsonObject... items) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject item : items) {
            list.add(item);
        }
        return Json.createObjectBuilder().add("signOffs", list).build();
    }

    private static JsonObject line(JsonObject desk, String username) {
        return desk.getJsonArray("specialists").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("username").equals(username)).findFirst().orElseThrow();
    }

    private static JsonObject lastWeek(JsonObject line) {
        var weeks = line.getJsonArray("weeks");
        return weeks.getJsonObject(weeks.size() - 1);
    }

    private static List<String> reasons(JsonObject line) {
        return line.getJsonArray("behind").getValuesAs(JsonObject.class).stream().map(b -> b.getString("kind")).toList();
    }
}
