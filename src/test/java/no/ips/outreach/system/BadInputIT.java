package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every bad input gets a clear problem+json 4xx and changes nothing. */
class BadInputIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String user = "bad-input-" + UUID.randomUUID().toString().substring(0, 6);
    private final Client specialist = outreach.as(user, SPECIALIST);

    @Test
    void malformedJsonIsA400ThatSaysSo() {
        String marker = "Malformed" + UUID.randomUUID().toString().substring(0, 6);
        String body = "{\"country\":\"NO\",\"name\":\"" + marker + "\",";

        var problem = specialist.post("employers", body).problem(400);

        assertThat(problem.getString("detail")).contains("not well-formed JSON");
        assertThat(employersNamed(marker)).isZero();
    }

    @Test
    void aWrongTypeNamesTheProperty() {
        var body = TestData.employer("Wrong type AS").add("employees", "many").build();

        assertThat(specialist.post("employers", body).problem(400).getString("detail")).contains("employees");
    }

    @Test
    void anUnknownEnumValueIsRejected() {
        long employer = employer();

        var problem = specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("mode", "TELEPATHY").build())
                .problem(400);

        assertThat(problem.getString("detail")).contains("TELEPATHY").contains("IN_PERSON, PHONE").doesNotContain("no.ips");
        assertThat(visitsAt(employer)).isZero();
    }

    @Test
    void aMisspeltFieldIsRejectedRatherThanSilentlyDropped() {
        long employer = employer();

        var body = TestData.visit(employer, TestData.daysAgo(1)).add("noets", "typo").build();

        assertThat(specialist.post("visits", body).problem(400).getString("detail")).contains("noets");
        assertThat(visitsAt(employer)).isZero();
    }

    @Test
    void aUserNameOutsideThePatternIsRefusedNotReadAsAUriTemplate() {
        Client admin = outreach.as("admin-" + user, Outreach.ADMIN);

        for (String username : new String[] {"#{7*7}", "{id}", "a b", "per/../ola", "u".repeat(101)}) {
            assertThat(admin.post("specialists", jakarta.json.Json.createObjectBuilder().add("username", username)
                    .add("teamId", 1).build()).invalidFields()).as(username).containsExactly("username");
        }
    }

    @Test
    void controlCharactersAreRefusedInEveryTextAndOnlyLineBreaksAllowedInFreeText() {
        long employer = employer();
        var evil = TestData.employer("Evil\rX-INJECTED:1").build();
        var street = Json.createObjectBuilder(TestData.employer("Street AS").build()).add("address",
                Json.createObjectBuilder(TestData.employer("Street AS").build().getJsonObject("address")).add("street", "Storgata 1\u0007"))
                .build();

        assertThat(specialist.post("employers", evil).invalidFields()).containsExactly("name");
        assertThat(specialist.post("employers", street).invalidFields()).containsExactly("address.street");
        assertThat(specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("outcome", "Evil\rX-INJECTED:1").build())
                .invalidFields()).containsExactly("outcome");
        specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("outcome", "Two lines:\nsecond").build()).expect(201);
        assertThat(visitsAt(employer)).isEqualTo(1);
    }

    @Test
    void aLoneSurrogateIsRefusedNamingTheFieldAndNeverStored() {
        String marker = "Surrogate" + UUID.randomUUID().toString().substring(0, 6);
        String valid = TestData.employer(marker).build().toString();
        // the JSON escape itself: a Java string cannot carry a lone surrogate through UTF-8 to the server
        String loneInName = valid.replace("\"" + marker + "\"", "\"" + marker + "\\ud800\"");
        String loneInStreet = valid.replace("\"street\":\"", "\"street\":\"\\udc00");
        String pairInName = valid.replace("\"" + marker + "\"", "\"" + marker + " \\ud83d\\ude00\"");

        assertThat(specialist.post("employers", loneInName).invalidFields()).containsExactly("name");
        assertThat(specialist.post("employers", loneInStreet).invalidFields()).containsExactly("address.street");
        assertThat(employersNamed(marker)).isZero();
        String stored = specialist.post("employers", pairInName).expect(201).json().getString("name");
        assertThat(stored).isEqualTo(marker + " \uD83D\uDE00");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        String marker = "Latin" + UUID.randomUUID().toString().substring(0, 6);
        byte[] latin1 = TestData.employer(marker + " Bodø").build().toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        var reply = specialist.send(specialist.request("employers").header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(latin1)));

        assertThat(reply.invalidFields()).containsExactly("body");
        assertThat(employersNamed(marker)).isZero();
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        assertThat(specialist.post("employers", "{}").invalidFields())
                .contains("country", "orgNumber", "name", "naceCode");
    }

    @Test
    void negativeAndAbsurdDurationsAreRejected() {
        long employer = employer();

        assertThat(specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("meetingMinutes", -5).build())
                .invalidFields()).containsExactly("meetingMinutes");
        assertThat(specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("travelMinutes", 1500).build())
                .invalidFields()).containsExactly("travelMinutes");
        assertThat(specialist.post("visits", TestData.visit(employer, TestData.daysAgo(1))
                .add("meetingMinutes", 1000).add("travelMinutes", 600).build()).invalidFields())
                .containsExactlyInAnyOrder("meetingMinutes", "travelMinutes");
        assertThat(visitsAt(employer)).isZero();
    }

    @Test
    void aLoggedVisitCannotStartInTheFuture() {
        long employer = employer();

        var fields = specialist.post("visits", TestData.visit(employer, TestData.daysAgo(-2)).build()).invalidFields();

        assertThat(fields).containsExactly("startedAt");
        assertThat(visitsAt(employer)).isZero();
    }

    @Test
    void aVisitToAnUnknownEmployerIsRejected() {
        assertThat(specialist.post("visits", TestData.visit(987_654_321L, TestData.daysAgo(1)).build()).invalidFields())
                .containsExactly("employerId");
    }

    @Test
    void unknownIdsAndPathsAre404() {
        specialist.get("employers/987654321").problem(404);
        specialist.get("visits/987654321").problem(404);
        specialist.get("no-such-thing").problem(404);
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String marker = "Huge" + UUID.randomUUID().toString().substring(0, 6);
        var body = TestData.employer(marker).add("businessNeeds", "x".repeat(70_000)).build();

        specialist.postOverSocket("employers", body.toString()).problem(413);

        assertThat(employersNamed(marker)).isZero();
    }

    @Test
    void anIndustryCodeOutsideNaceIsRejected() {
        String marker = "Nace" + UUID.randomUUID().toString().substring(0, 6);

        var problem = specialist.post("employers", TestData.employer(marker).add("naceCode", "40.110").build()).problem(400);

        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("naceCode");
        assertThat(problem.toString()).contains("40 is not a NACE Rev. 2 division");
        assertThat(employersNamed(marker)).isZero();
    }

    @Test
    void pagingParametersAreChecked() {
        assertThat(specialist.get("employers?limit=201").invalidFields()).containsExactly("limit");
        assertThat(specialist.get("employers?limit=abc").invalidFields()).containsExactly("limit");
        assertThat(specialist.get("employers?sort=salary").invalidFields()).containsExactly("sort");
        assertThat(specialist.get("employers?near=67.28&radiusKm=2").invalidFields()).containsExactly("near");
        assertThat(specialist.get("visits?from=yesterday").invalidFields()).containsExactly("from");
    }

    private long employer() {
        return specialist.post("employers", TestData.employer("Bad input target " + UUID.randomUUID()).build()).expect(201).id();
    }

    private int visitsAt(long employer) {
        return specialist.get("employers/" + employer + "/visits").expect(200).json().getInt("total");
    }

    private int employersNamed(String marker) {
        return specialist.get("employers?q=" + marker).expect(200).json().getInt("total");
    }
}
