package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Participants are health-adjacent data: each caller sees exactly what their role and team allow, and it is logged. */
class ParticipantsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private Client kari;
    private Client ola;
    private Client per;
    private Client liv;
    private Client otherManager;

    @BeforeEach
    void twoTeams() {
        String teamA = teams.team("nav-pa-" + suffix);
        String teamB = teams.team("nav-pb-" + suffix);
        kari = teams.specialist("kari-" + suffix, teamA);
        ola = teams.specialist("ola-" + suffix, teamA);
        per = teams.specialist("per-" + suffix, teamB);
        liv = teams.manager("liv-" + suffix, teamA);
        otherManager = teams.manager("mona-" + suffix, teamB);
    }

    @Test
    void aSpecialistSeesOnlyTheirOwnCaseloadAndOthersGetNoHintItExists() {
        long mine = enrol(kari, "KN").id();
        long olas = enrol(ola, "OH").id();

        assertThat(aliases(kari)).containsExactly("KN");
        kari.get("participants/" + olas).problem(404);
        kari.get("participants/" + Long.MAX_VALUE / 2).problem(404);
        per.get("participants/" + mine).problem(404);
        assertThat(kari.get("participants/" + mine).expect(200).json().getString("alias")).isEqualTo("KN");
    }

    @Test
    void managersReadTheirTeamsButNotOtherTeamsAndAdministratorsDoNotBrowse() {
        long mine = enrol(kari, "KN").id();
        enrol(ola, "OH");
        enrol(per, "PB");

        assertThat(aliases(liv)).containsExactlyInAnyOrder("KN", "OH");
        assertThat(liv.get("participants/" + mine).expect(200).json().getString("specialist")).isEqualTo("kari-" + suffix);
        otherManager.get("participants/" + mine).problem(404);
        assertThat(aliases(otherManager)).containsExactly("PB");
        admin.get("participants").problem(403);
        admin.get("participants/" + mine).problem(403);
    }

    @Test
    void onlyTheResponsibleSpecialistEditsAndEachPreferenceChangeIsKept() {
        Reply created = enrol(kari, "KN");
        long id = created.id();
        Reply stated = kari.put("participants/" + id + "/preferences", preferences("5120", "9412").build(), created.header("ETag"))
                .expect(200);
        kari.put("participants/" + id + "/preferences", preferences("5120", "9412").add("hoursMax", 20).build(),
                stated.header("ETag")).expect(200);

        liv.put("participants/" + id + "/preferences", preferences("5223").build(), stated.header("ETag")).problem(403);
        var history = kari.get("participants/" + id + "/preferences/history").expect(200).jsonArray();

        assertThat(history.stream().map(change -> change.asJsonObject().getString("field")).toList())
                .containsSubsequence("occupations", "hoursMax");
        JsonObject hours = history.stream().map(change -> change.asJsonObject())
                .filter(change -> change.getString("field").equals("hoursMax")).reduce((a, b) -> b).orElseThrow();
        assertThat(hours.getString("oldValue")).isEqualTo("30");
        assertThat(hours.getString("newValue")).isEqualTo("20");
        assertThat(hours.getString("changedBy")).isEqualTo("kari-" + suffix);
        assertThat(kari.get("participants/" + id).json().getJsonObject("preferences").getJsonArray("occupations").getString(0))
                .isEqualTo("5120");
    }

    @Test
    void badPreferencesAreExplainedAndChangeNothing() {
        Reply created = enrol(kari, "KN");
        String etag = created.header("ETag");
        String path = "participants/" + created.id() + "/preferences";

        assertThat(kari.put(path, preferences("9999").build(), etag).invalidFields()).containsExactly("occupations[0]");
        assertThat(kari.put(path, preferences("51").build(), etag).problem(400).toString()).contains("4-digit unit groups");
        assertThat(kari.put(path, preferences("5120").add("hoursMin", 30).add("hoursMax", 10).build(), etag).invalidFields())
                .containsExactly("hoursMin");
        assertThat(kari.put(path, preferences("5120").add("desiredIndustries", Json.createArrayBuilder().add("fishing")).build(), etag)
                .invalidFields()).containsExactly("desiredIndustries");
        assertThat(kari.get("participants/" + created.id() + "/preferences/history").jsonArray()).isEmpty();
        assertThat(kari.get("participants/" + created.id()).header("ETag")).isEqualTo(etag);
    }

    @Test
    void aNullInAPreferenceListIsA400NamingItAndAnAdministratorIsRefusedFirst() {
        Reply created = enrol(kari, "NL");
        String path = "participants/" + created.id() + "/preferences";
        String etag = created.header("ETag");

        assertThat(kari.put(path, Json.createObjectBuilder().add("occupations", Json.createArrayBuilder().add("5120").addNull())
                .build(), etag).invalidFields()).containsExactly("occupations[1]");
        for (String field : new String[] {"desiredIndustries", "excludedIndustries", "shifts", "languages"}) {
            assertThat(kari.put(path, Json.createObjectBuilder().add(field, Json.createArrayBuilder().addNull()).build(), etag)
                    .invalidFields()).as(field).containsExactly(field);
        }
        admin.put(path, Json.createObjectBuilder().add("occupations", Json.createArrayBuilder().addNull()).build(), etag)
                .problem(403);
        assertThat(kari.get("participants/" + created.id()).header("ETag")).isEqualTo(etag);
    }

    @Test
    void aHandOverIsOneLoggedActionWithinTheTeam() {
        Reply created = enrol(kari, "KN");
        long id = created.id();

        kari.post("participants/" + id + "/reassign", Json.createObjectBuilder().add("specialist", "ola-" + suffix).build(),
                Map.of("If-Match", created.header("ETag"))).problem(403);
        Reply elsewhere = liv.post("participants/" + id + "/reassign", Json.createObjectBuilder().add("specialist", "per-" + suffix).build(),
                Map.of("If-Match", created.header("ETag")));
        assertThat(elsewhere.invalidFields()).containsExactly("specialist");
        assertThat(elsewhere.body()).doesNotContain("nav-pb-" + suffix).doesNotContain("nav-pa-" + suffix);
        liv.post("participants/" + id + "/reassign", Json.createObjectBuilder().add("specialist", "ola-" + suffix).build(),
                Map.of("If-Match", created.header("ETag"))).expect(204);

        kari.get("participants/" + id).problem(404);
        assertThat(ola.get("participants/" + id).expect(200).json().getString("alias")).isEqualTo("KN");
        assertThat(actions(id)).contains("REASSIGN");
    }

    @Test
    void everyReadAndWriteIsInTheAccessLogWhichOnlyAdministratorsQuery() {
        Reply created = enrol(kari, "KN");
        long id = created.id();
        kari.get("participants/" + id).expect(200);
        liv.get("participants").expect(200);

        List<JsonObject> lines = admin.get("access-log?participantId=" + id).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);

        assertThat(lines).extracting(line -> line.getString("action") + ":" + line.getString("username"))
                .containsExactly("LIST:liv-" + suffix, "READ:kari-" + suffix, "CREATE:kari-" + suffix);
        liv.get("access-log").problem(403);
        kari.get("access-log").problem(403);
    }

    @Test
    void anonymisingWipesWhoTheyAreButKeepsTheRecordCounted() {
        Reply created = enrol(kari, "KN");
        long id = created.id();
        Reply stated = kari.put("participants/" + id + "/preferences", preferences("5120").add("strengths", "Loves baking bread")
                .build(), created.header("ETag")).expect(200);

        kari.post("participants/" + id + "/anonymise", "", Map.of("If-Match", stated.header("ETag"))).problem(403);
        admin.post("participants/" + id + "/anonymise", "", Map.of("If-Match", stated.header("ETag"))).expect(204);

        JsonObject after = kari.get("participants/" + id).expect(200).json();
        assertThat(after.getString("alias")).isEqualTo("anonymised");
        assertThat(after.containsKey("externalRef")).isFalse();
        assertThat(after.getJsonObject("preferences").containsKey("strengths")).isFalse();
        assertThat(after.getJsonObject("preferences").getJsonArray("occupations").getString(0)).isEqualTo("5120");
        assertThat(kari.get("participants/" + id + "/preferences/history").body()).doesNotContain("baking");
        assertThat(aliases(kari)).containsExactly("anonymised");
        kari.put("participants/" + id + "/preferences", preferences("9412").build(), kari.get("participants/" + id).header("ETag"))
                .problem(409);
    }

    @Test
    void enrolmentRulesAndDuplicateReferences() {
        String ref = "HOST-" + suffix;
        enrol(kari, "KN", participant("KN").add("externalRef", ref)).expect(201);

        assertThat(enrol(ola, "X", participant("X").add("externalRef", ref)).problem(409).getString("detail"))
                .doesNotContain("KN");
        // another team learns nothing: the same reference is free there, whether or not it is used elsewhere
        long theirs = enrol(per, "P", participant("P").add("externalRef", ref)).expect(201).id();
        Reply unused = enrol(kari, "U", participant("U").add("externalRef", "UNUSED-" + suffix)).expect(201);
        kari.put("participants/" + unused.id(), participant("U").add("externalRef", ref).build(), unused.header("ETag"))
                .problem(409);
        assertThat(per.get("participants/" + theirs).expect(200).json().getString("externalRef")).isEqualTo(ref);
        assertThat(enrol(kari, "F", participant("F").add("enrolledOn", TestData.today().plusDays(3).toString()))
                .invalidFields()).containsExactly("enrolledOn");
        assertThat(enrol(kari, "S", participant("S").add("disclosure", "SPECIFIC")).invalidFields())
                .containsExactly("disclosureText");
        admin.post("participants", participant("A").build()).problem(403);
        var otherTeams = liv.post("participants", participant("L").add("specialist", "per-" + suffix).build()).problem(403);
        var unknown = liv.post("participants", participant("L").add("specialist", "nobody-" + suffix).build()).problem(403);
        assertThat(otherTeams.getString("detail")).isEqualTo("per-" + suffix + " is not a specialist in a team you manage.");
        assertThat(unknown.getString("detail")).isEqualTo("nobody-" + suffix + " is not a specialist in a team you manage.");
        liv.post("participants", participant("L").add("specialist", "ola-" + suffix).build()).expect(201);
        outreach.as("teamless-" + suffix, SPECIALIST).post("participants", participant("T").build()).problem(403);
    }

    private Reply enrol(Client specialist, String alias) {
        return enrol(specialist, alias, participant(alias)).expect(201);
    }

    private Reply enrol(Client specialist, String alias, JsonObjectBuilder body) {
        return specialist.post("participants", body.build());
    }

    private static JsonObjectBuilder participant(String alias) {
        return TeamFixture.participant(alias, "GENERAL");
    }

    private static JsonObjectBuilder preferences(String... occupations) {
        var codes = Json.createArrayBuilder();
        for (String code : occupations) {
            codes.add(code);
        }
        return Json.createObjectBuilder().add("occupations", codes).add("hoursMin", 10).add("hoursMax", 30)
                .add("shifts", Json.createArrayBuilder().add("DAY")).add("languages", Json.createArrayBuilder().add("no"));
    }

    private static List<String> aliases(Client client) {
        return client.get("participants").expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(item -> item.getString("alias")).toList();
    }

    private List<String> actions(long participant) {
        return admin.get("access-log?participantId=" + participant).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(line -> line.getString("action")).toList();
    }
}
