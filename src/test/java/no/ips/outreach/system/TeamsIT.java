package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.MANAGER;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams and specialists, and who may see whom: the basis of least-privilege access to participants. */
class TeamsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);

    @Test
    void aSpecialistIsEnrolledIntoTheTeamTheirTokenNamesOnFirstUse() {
        String team = team("nav-a-" + suffix, "NAV A");
        Client kari = outreach.inTeam("kari-" + suffix, SPECIALIST, team);

        JsonObject me = kari.get("me").expect(200).json();

        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("specialist");
        assertThat(me.getJsonObject("specialist").getString("teamCode")).isEqualTo(team);
        assertThat(me.getJsonObject("specialist").getString("displayName")).isEqualTo("Test kari-" + suffix);
        assertThat(me.getJsonObject("specialist").getJsonNumber("weeklyHours").doubleValue()).isEqualTo(37.5);
    }

    @Test
    void specialistsSeeTheirOwnTeamAndManagersTheTeamsTheyManage() {
        String teamA = team("nav-a-" + suffix, "NAV A");
        String teamB = team("nav-b-" + suffix, "NAV B");
        Client kari = outreach.inTeam("kari-" + suffix, SPECIALIST, teamA);
        Client ola = outreach.inTeam("ola-" + suffix, SPECIALIST, teamA);
        Client per = outreach.inTeam("per-" + suffix, SPECIALIST, teamB);
        kari.get("me").expect(200);
        ola.get("me").expect(200);
        per.get("me").expect(200);
        String manager = "liv-" + suffix;
        manage(teamA, manager);

        assertThat(usernames(kari)).contains("kari-" + suffix, "ola-" + suffix).doesNotContain("per-" + suffix);
        assertThat(usernames(outreach.as(manager, MANAGER))).contains("kari-" + suffix, "ola-" + suffix)
                .doesNotContain("per-" + suffix);
        assertThat(usernames(admin)).contains("kari-" + suffix, "per-" + suffix);
        kari.get("specialists/per-" + suffix).problem(404);
        outreach.as("unassigned-" + suffix, MANAGER).get("specialists/kari-" + suffix).problem(404);
    }

    @Test
    void anAdministratorRegistersASpecialistAndSetsTheirHours() {
        long teamId = teamId(team("nav-c-" + suffix, "NAV C"));
        var body = Json.createObjectBuilder().add("username", "siv-" + suffix).add("displayName", "Siv Lund")
                .add("teamId", teamId).add("weeklyHours", 30).build();

        Reply created = admin.post("specialists", body).expect(201);
        Reply again = admin.post("specialists", body, Map.of("Idempotency-Key", "siv-" + suffix)).expect(409);
        Reply updated = admin.put("specialists/siv-" + suffix, Json.createObjectBuilder(body).add("weeklyHours", 20).build(),
                created.header("ETag")).expect(200);
        admin.put("specialists/siv-" + suffix, body, created.header("ETag")).problem(412);

        assertThat(again.json().getString("detail")).contains("already registered");
        assertThat(updated.json().getJsonNumber("weeklyHours").doubleValue()).isEqualTo(20.0);
    }

    @Test
    void weeklyHoursAreKeptExactlyOrRefused() {
        long teamId = teamId(team("nav-h-" + suffix, "NAV H"));
        var half = Json.createObjectBuilder().add("username", "half-" + suffix).add("teamId", teamId)
                .add("weeklyHours", Json.createValue(new BigDecimal("18.75"))).build();

        Reply created = admin.post("specialists", half).expect(201);

        // half of 37.5 is 18 h 45 min, and reads back as given, not as 18.8
        assertThat(created.json().getJsonNumber("weeklyHours").toString()).isEqualTo("18.75");
        assertThat(admin.get("specialists/half-" + suffix).expect(200).json().getJsonNumber("weeklyHours").toString())
                .isEqualTo("18.75");
        JsonObject refused = admin.put("specialists/half-" + suffix, Json.createObjectBuilder(half)
                .add("weeklyHours", Json.createValue(new BigDecimal("18.33"))).build(), created.header("ETag"))
                .problem(400);
        assertThat(refused.getJsonArray("errors").getValuesAs(JsonObject.class)).singleElement().satisfies(error -> {
            assertThat(error.getString("field")).isEqualTo("weeklyHours");
            assertThat(error.getString("message")).startsWith("must be a whole number of minutes");
        });
        assertThat(admin.get("specialists/half-" + suffix).expect(200).json().getJsonNumber("weeklyHours").toString())
                .isEqualTo("18.75");
    }

    @Test
    void onlyAdministratorsChangeTeamsAndBadInputIsExplained() {
        var body = Json.createObjectBuilder().add("code", "nav-d-" + suffix).add("name", "NAV D").add("kind", "NAV_OFFICE").build();
        outreach.as("kari-" + suffix, SPECIALIST).post("teams", body).problem(403);
        outreach.as("liv-" + suffix, MANAGER).post("teams", body).problem(403);

        assertThat(admin.post("teams", Json.createObjectBuilder(body).add("code", "NAV D!").build()).invalidFields())
                .containsExactly("code");
        assertThat(admin.post("teams", Json.createObjectBuilder(body).add("kind", "PRISON").build()).problem(400)
                .getString("detail")).contains("'PRISON' is not an allowed value").contains("NAV_OFFICE, JOBCENTRE");
        admin.post("teams", body).expect(201);
        assertThat(admin.post("teams", body).problem(409).getString("detail")).contains("NAV D");
        var specialist = Json.createObjectBuilder().add("username", "x-" + suffix).add("teamId", teamId("nav-d-" + suffix))
                .add("weeklyHours", 0).build();
        assertThat(admin.post("specialists", specialist).invalidFields()).containsExactly("weeklyHours");
    }

    private String team(String code, String name) {
        admin.post("teams", Json.createObjectBuilder().add("code", code).add("name", name).add("kind", "NAV_OFFICE")
                .add("municipalityCode", "1804").build()).expect(201);
        return code;
    }

    private long teamId(String code) {
        return admin.get("teams").expect(200).jsonArray().stream().map(value -> value.asJsonObject())
                .filter(team -> team.getString("code").equals(code)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private void manage(String code, String manager) {
        long id = teamId(code);
        Reply team = admin.get("teams/" + id).expect(200);
        admin.put("teams/" + id + "/managers", Json.createObjectBuilder()
                .add("usernames", Json.createArrayBuilder().add(manager)).build(), team.header("ETag")).expect(200);
    }

    private static java.util.List<String> usernames(Client client) {
        return client.get("specialists").expect(200).jsonArray().stream()
                .map(value -> value.asJsonObject().getString("username")).toList();
    }
}
