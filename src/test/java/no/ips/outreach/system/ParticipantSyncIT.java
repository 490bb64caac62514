package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The host case system keeps participants in step by its own ids, one at a time or in bulk, under a machine role that
 * reads nothing back, and every participant it touches is in the access log.
 */
class ParticipantSyncIT {

    private static final String INTEGRATION = "integration";

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final Client admin = outreach.as("admin-" + suffix, ADMIN);
    private final TeamFixture teams = new TeamFixture(outreach, admin);
    private String team;
    private Client kari;
    private Client host;

    @BeforeEach
    void aTeamWithItsHostSystem() {
        team = teams.team("nav-sync-" + suffix);
        teams.team("nav-other-" + suffix);
        kari = teams.specialist("kari-" + suffix, team);
        teams.specialist("ola-" + suffix, team);
        teams.specialist("per-" + suffix, "nav-other-" + suffix);
        host = outreach.withToken(outreach.tokens.inTeam("host-" + suffix, "Host case system", INTEGRATION, team));
    }

    @Test
    void aRepeatedPutChangesNothingAndAChangedOneMakesANewVersion() {
        String ref = "H-" + suffix;
        Reply created = host.put("participants/by-ref/" + ref, record("kari").build(), null).expect(201);
        Reply again = host.put("participants/by-ref/" + ref, record("kari").build(), null).expect(200);
        Reply moved = host.put("participants/by-ref/" + ref, record("ola").add("status", "EMPLOYED").build(), null).expect(200);

        assertThat(created.json().getString("outcome")).isEqualTo("CREATED");
        assertThat(again.json().getString("outcome")).isEqualTo("UNCHANGED");
        assertThat(again.header("ETag")).isEqualTo(created.header("ETag"));
        assertThat(moved.json().getString("outcome")).isEqualTo("UPDATED");
        assertThat(moved.header("ETag")).isNotEqualTo(created.header("ETag"));
        assertThat(created.json().keySet()).doesNotContain("alias", "specialist", "id");
        host.put("participants/by-ref/" + ref, record("ola").build(), created.header("ETag")).problem(412);
        JsonObject olas = teams.specialist("ola-" + suffix, team).get("participants?q=" + ref).expect(200).json();
        assertThat(olas.getJsonArray("items").getJsonObject(0).getString("status")).isEqualTo("EMPLOYED");
        assertThat(kari.get("participants?q=" + ref).expect(200).json().getInt("total")).isZero();
    }

    @Test
    void theMachineRoleReadsNothingAndEverythingItTouchesIsInTheAccessLog() {
        String ref = "H-" + suffix;
        host.put("participants/by-ref/" + ref, record("kari").build(), null).expect(201);
        host.put("participants/by-ref/" + ref, record("kari").build(), null).expect(200);
        host.put("participants/by-ref/" + ref, record("kari").add("alias", "KN2").build(), null).expect(200);
        long id = kari.get("participants?q=" + ref).expect(200).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();

        host.get("participants").problem(403);
        host.get("participants/" + id).problem(403);
        host.get("me").problem(403);
        host.get("labels?lang=en").problem(403);
        host.get("access-log").problem(403);
        kari.put("participants/by-ref/" + ref, record("kari").build(), null).problem(403);
        List<String> lines = admin.get("access-log?participantId=" + id + "&username=host-" + suffix).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(line -> line.getString("action")).toList();
        assertThat(lines).containsExactly("UPDATE", "READ", "CREATE");
    }

    @Test
    void anIntegrationWithoutATeamOrWithAnotherTeamsSpecialistIsRefused() {
        Client teamless = outreach.as("host2-" + suffix, INTEGRATION);
        teamless.put("participants/by-ref/H-" + suffix, record("kari").build(), null).problem(403);
        assertThat(host.put("participants/by-ref/H-" + suffix, record("per").build(), null).invalidFields())
                .containsExactly("specialist");
        assertThat(host.put("participants/by-ref/H-" + suffix, record("kari").add("enrolledOn", TestData.today().plusDays(3).toString())
                .build(), null).invalidFields()).containsExactly("enrolledOn");
    }

    @Test
    void aBulkOfNdjsonSaysPerRowWhatHappenedAndABadRowNeverStopsTheGoodOnes() {
        String ndjson = String.join("\n",
                line("A", "kari"),
                "{not json",
                line("B", "nobody"),
                record("kari").add("externalRef", "C-" + suffix).add("status", "SLEEPING").build().toString(),
                record("kari").add("externalRef", "D-" + suffix).add("alias", "K\rN").build().toString(),
                record("kari").add("externalRef", "E-" + suffix).add("colour", "blue").build().toString(),
                line("A", "kari"),
                "",
                line("F", "ola"));

        JsonObject report = bulk("application/x-ndjson", ndjson).expect(200).json();

        assertThat(report.getInt("rows")).isEqualTo(8);
        assertThat(report.getInt("created")).isEqualTo(2);
        assertThat(report.getInt("unchanged")).isEqualTo(1);
        assertThat(report.getInt("refused")).isEqualTo(5);
        assertThat(outcomes(report)).containsExactly("1:CREATED", "2:REFUSED:body", "3:REFUSED:specialist",
                "4:REFUSED:status", "5:REFUSED:alias", "6:REFUSED:colour", "7:UNCHANGED", "9:CREATED");
        assertThat(kari.get("participants?q=" + suffix).expect(200).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void aBulkOfCsvTakesExcelsSemicolonsAndQuotes() {
        String csv = "\uFEFFexternalRef;alias;specialist;program;enrolledOn;status;disclosure;disclosureText\r\n"
                + "A-" + suffix + ";KN;kari-" + suffix + ";IPS;" + TestData.today().minusDays(5) + ";JOB_SEARCH;SPECIFIC;\"Likes \"\"early\"\"\nshifts; nights\"\r\n"
                + "B-" + suffix + ";OH;kari-" + suffix + ";IPS;yesterday;JOB_SEARCH;NONE;\r\n"
                + "C-" + suffix + ";PB;kari-" + suffix + ";IPS\r\n";

        JsonObject report = bulk("text/csv", csv).expect(200).json();

        assertThat(outcomes(report)).containsExactly("1:CREATED", "2:REFUSED:enrolledOn", "3:REFUSED:body,disclosure,enrolledOn,status");
        assertThat(bulk("text/csv", "externalRef;alias;colour\r\nX;Y;Z\r\n").invalidFields()).containsExactly("body");
        // a quote left open would swallow the rows after it: the body is refused whole, and nothing of it is saved
        String open = "externalRef;alias;specialist;program;enrolledOn;status\r\n"
                + "D-" + suffix + ";DN;kari-" + suffix + ";IPS;" + TestData.today() + ";JOB_SEARCH\r\n"
                + "E-" + suffix + ";\"EN;kari-" + suffix + ";IPS;" + TestData.today() + ";JOB_SEARCH\r\n";
        assertThat(bulk("text/csv", open).expect(400).json().toString()).contains("line 3");
        assertThat(kari.get("participants?q=D-" + suffix).expect(200).json().getInt("total")).isZero();
    }

    @Test
    void tenThousandRowsGoInAndTheSameRowsAgainChangeNothing() {
        String rows = IntStream.range(0, 10_000)
                .mapToObj(i -> line("R" + i, i % 2 == 0 ? "kari" : "ola").replace("\"alias\":\"KN\"", "\"alias\":\"P" + i + "\""))
                .collect(Collectors.joining("\n"));
        String withBadRows = rows + "\n" + line("BAD1", "nobody") + "\n{oops";

        long started = System.nanoTime();
        JsonObject first = bulk("application/x-ndjson", withBadRows).expect(200).json();
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        JsonObject second = bulk("application/x-ndjson", rows).expect(200).json();
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("participant sync: 10,002 rows created in %d ms, 10,000 unchanged in %d ms%n", firstMillis, secondMillis);

        assertThat(first.getInt("created")).isEqualTo(10_000);
        assertThat(first.getInt("refused")).isEqualTo(2);
        assertThat(second.getInt("unchanged")).isEqualTo(10_000);
        assertThat(second.getInt("rows")).isEqualTo(10_000);
        assertThat(kari.get("participants?q=R" + 9998 + "-" + suffix).expect(200).json().getJsonArray("items")
                .getJsonObject(0).getString("alias")).isEqualTo("P9998");
    }

    private Reply bulk(String mediaType, String body) {
        return host.send(host.request("participants/by-ref").header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static List<String> outcomes(JsonObject report) {
        return report.getJsonArray("results").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getInt("row") + ":" + r.getString("outcome") + (r.containsKey("errors") ? ":" + r.getJsonArray("errors")
                        .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).sorted().collect(Collectors.joining(",")) : ""))
                .toList();
    }

    private String line(String ref, String specialist) {
        return record(specialist).add("externalRef", ref + "-" + suffix).build().toString();
    }

    private JsonObjectBuilder record(String specialist) {
        return Json.createObjectBuilder().add("alias", "KN").add("specialist", specialist + "-" + suffix).add("program", "IPS")
                .add("enrolledOn", TestData.today().minusDays(10).toString()).add("status", "JOB_SEARCH").add("disclosure", "GENERAL");
    }
}
