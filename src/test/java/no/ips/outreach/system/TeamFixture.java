package no.ips.outreach.system;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;

/** Builds teams, their specialists and managers over the API, as an administrator would, for one test's world. */
final class TeamFixture {

    private final Outreach outreach;
    private final Client admin;

    TeamFixture(Outreach outreach, Client admin) {
        this.outreach = outreach;
        this.admin = admin;
    }

    String team(String code) {
        admin.post("teams", Json.createObjectBuilder().add("code", code).add("name", code).add("kind", "NAV_OFFICE").build())
                .expect(201);
        return code;
    }

    /** A specialist whose token names the team, enrolled by their first call. */
    Client specialist(String user, String team) {
        Client client = outreach.inTeam(user, Outreach.SPECIALIST, team);
        client.get("me").expect(200);
        return client;
    }

    Client manager(String user, String team) {
        JsonObject found = admin.get("teams").expect(200).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("code").equals(team)).findFirst().orElseThrow();
        long id = found.getJsonNumber("id").longValue();
        admin.put("teams/" + id + "/managers", Json.createObjectBuilder().add("usernames", Json.createArrayBuilder().add(user))
                .build(), admin.get("teams/" + id).header("ETag")).expect(200);
        return outreach.as(user, Outreach.MANAGER);
    }

    static JsonObjectBuilder participant(String alias, String disclosure) {
        return Json.createObjectBuilder().add("alias", alias).add("program", "IPS")
                .add("enrolledOn", TestData.today().minusDays(20).toString()).add("status", "JOB_SEARCH")
                .add("disclosure", disclosure);
    }
}
