package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VisitsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String kariName = "kari-" + suffix;
    private final TeamFixture teams = new TeamFixture(outreach, outreach.as("admin-" + suffix, ADMIN));
    private final String team = teams.team("nav-v-" + suffix);
    private final Client kari = teams.specialist(kariName, team);
    private final Client ola = teams.specialist("ola-" + suffix, team);
    private final Client liv = teams.manager("liv-" + suffix, team);

    @Test
    void aLoggedVisitBelongsToTheSpecialistInTheToken() {
        long employer = employer("Skarven Bygg AS");

        Reply logged = kari.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build()).expect(201);

        JsonObject visit = kari.get("visits/" + logged.id()).expect(200).json();
        assertThat(visit.getString("specialist")).isEqualTo(kariName);
        assertThat(visit.getString("employerName")).isEqualTo("Skarven Bygg AS");
        assertThat(visit.getBoolean("faceToFace")).isTrue();
        assertThat(visit.getInt("qualityLevel")).isEqualTo(5);
    }

    @Test
    void aSpecialistInTheBodyIsRefusedRatherThanTrusted() {
        long employer = employer("Tindvik Data AS");

        kari.post("visits", TestData.visit(employer, TestData.daysAgo(1)).add("specialist", "someone-else").build())
                .problem(400);

        assertThat(kari.get("employers/" + employer + "/visits").json().getInt("total")).isZero();
    }

    @Test
    void theEmployerPageShowsItsTimelineAndLastFaceToFaceContact() {
        long employer = employer("Saltstraumen Fisk AS");
        OffsetDateTime meeting = TestData.daysAgo(10);
        kari.post("visits", TestData.visit(employer, meeting).build()).expect(201);
        kari.post("visits", TestData.visit(employer, TestData.daysAgo(2)).add("mode", "PHONE").build()).expect(201);

        JsonObject page = kari.get("employers/" + employer).expect(200).json();
        assertThat(page.getString("lastFaceToFaceAt")).isEqualTo(meeting.toInstant().toString());
        assertThat(page.getInt("faceToFaceCount")).isEqualTo(1);
        assertThat(page.getInt("contactCount")).isEqualTo(2);
        assertThat(page.getString("stage")).isEqualTo("CONTACTED");
        JsonObject timeline = kari.get("employers/" + employer + "/visits").expect(200).json();
        assertThat(timeline.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("mode")).containsExactly("PHONE", "IN_PERSON");
    }

    @Test
    void aCorrectionIsKeptAsARevisionThatManagersCanRead() {
        long employer = employer("Landegode Eiendom AS");
        OffsetDateTime meeting = TestData.daysAgo(3);
        Reply logged = kari.post("visits", TestData.visit(employer, meeting).build()).expect(201);

        kari.put("visits/" + logged.id(), TestData.visit(employer, meeting).add("meetingMinutes", 55)
                .add("notes", "Met the owner and the HR lead.").build(), logged.header("ETag")).expect(200);

        JsonObject revision = liv.get("visits/" + logged.id() + "/revisions").expect(200).jsonArray().getJsonObject(0);
        assertThat(revision.getInt("revision")).isEqualTo(1);
        assertThat(revision.getString("changedBy")).isEqualTo(kariName);
        assertThat(revision.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ":" + c.getString("oldValue") + "->" + c.getString("newValue"))
                .containsExactly("meetingMinutes:40->55",
                        "notes:Met the owner; they need weekend staff.->Met the owner and the HR lead.");
    }

    @Test
    void onlyTheSpecialistWhoLoggedAVisitCanCorrectIt() {
        long employer = employer("Polarsirkel Transport AS");
        Reply logged = kari.post("visits", TestData.visit(employer, TestData.daysAgo(3)).build()).expect(201);

        ola.put("visits/" + logged.id(), TestData.visit(employer, TestData.daysAgo(3)).add("notes", "rewritten").build(),
                logged.header("ETag")).problem(403);
        ola.get("visits/" + logged.id() + "/revisions").problem(403);

        assertThat(kari.get("visits/" + logged.id()).json().getString("notes")).isEqualTo("Met the owner; they need weekend staff.");
    }

    @Test
    void visitsAreListedBySpecialistModeAndDateRange() {
        long employer = employer("Midnattsol Mote");
        kari.post("visits", TestData.visit(employer, TestData.daysAgo(20)).build()).expect(201);
        kari.post("visits", TestData.visit(employer, TestData.daysAgo(5)).add("mode", "VIDEO").build()).expect(201);
        kari.post("visits", TestData.visit(employer, TestData.daysAgo(4)).build()).expect(201);

        assertThat(total("specialist=" + kariName)).isEqualTo(3);
        assertThat(total("specialist=" + kariName + "&mode=IN_PERSON")).isEqualTo(2);
        assertThat(total("specialist=" + kariName + "&from=" + TestData.daysAgo(6).toLocalDate())).isEqualTo(2);
        assertThat(total("specialist=" + kariName + "&to=" + TestData.daysAgo(6).toLocalDate())).isEqualTo(1);
        assertThat(total("employerId=" + employer + "&mode=VIDEO")).isEqualTo(1);
    }

    @Test
    void anotherTeamsVisitsAreNeitherListedNorReadable() {
        long employer = employer("Nordlys Kafé");
        long visit = kari.post("visits", TestData.visit(employer, TestData.daysAgo(2)).build()).expect(201).id();
        String otherTeam = teams.team("nav-w-" + suffix);
        Client per = teams.specialist("per-" + suffix, otherTeam);
        Client otherManager = teams.manager("mona-" + suffix, otherTeam);

        assertThat(ola.get("visits/" + visit).expect(200).json().getString("specialist")).isEqualTo(kariName);
        per.get("visits/" + visit).problem(404);
        otherManager.get("visits/" + visit + "/revisions").problem(404);
        assertThat(per.get("visits?employerId=" + employer).json().getInt("total")).isZero();
        assertThat(per.get("employers/" + employer + "/visits").json().getInt("total")).isZero();
        assertThat(outreach.as("admin-" + suffix, ADMIN).get("visits?employerId=" + employer).json().getInt("total")).isEqualTo(1);
    }

    @Test
    void anArchivedEmployerTakesNoNewVisits() {
        long employer = employer("Kystlys Treningssenter");
        kari.post("employers/" + employer + "/archive", "").expect(200);

        JsonObject problem = kari.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build()).problem(422);

        assertThat(problem.getString("detail")).contains("archived");
        assertThat(kari.get("employers/" + employer + "/visits").json().getInt("total")).isZero();
    }

    @Test
    void anImplausibleVisitIsRefusedWithTheDocumentedLimitsButAJobFairMayBeLong() {
        long employer = employer("Lang Dag AS");
        OffsetDateTime start = TestData.daysAgo(2).withHour(8).withMinute(0);

        Reply tooLong = kari.post("visits", TestData.visit(employer, start).add("meetingMinutes", 600)
                .add("travelMinutes", 300).build());
        assertThat(tooLong.invalidFields()).containsExactly("travelMinutes");
        JsonObject meeting = kari.post("visits", TestData.visit(employer, start).add("meetingMinutes", 600)
                .add("travelMinutes", 30).build()).problem(400);
        assertThat(meeting.toString()).contains("meetingMinutes", "8 hours");
        kari.post("visits", TestData.visit(employer, start).add("mode", "EVENT").add("meetingMinutes", 600)
                .add("travelMinutes", 60).build()).expect(201);
        JsonObject day = kari.post("visits", TestData.visit(employer, start.plusHours(11)).add("meetingMinutes", 60)
                .build()).problem(400);
        assertThat(day.toString()).contains("720");
        assertThat(kari.get("employers/" + employer + "/visits").json().getInt("total")).isEqualTo(1);
    }

    @Test
    void twoInPersonVisitsOfOneSpecialistThatOverlapAreRefusedNamingTheOther() {
        long bakery = employer("Overlapp Bakeri AS");
        long garage = employer("Overlapp Verksted AS");
        OffsetDateTime ten = TestData.daysAgo(3).withHour(10).withMinute(0);
        long first = kari.post("visits", TestData.visit(bakery, ten).build()).expect(201).id();

        JsonObject refused = kari.post("visits", TestData.visit(garage, ten.plusMinutes(30)).build()).problem(409);

        assertThat(refused.getString("detail")).contains("visit " + first);
        kari.post("visits", TestData.visit(garage, ten.plusMinutes(30)).add("mode", "PHONE").build()).expect(201);
        ola.post("visits", TestData.visit(garage, ten.plusMinutes(30)).build()).expect(201);
        Reply later = kari.post("visits", TestData.visit(garage, ten.plusHours(2)).build()).expect(201);
        kari.put("visits/" + later.id(), TestData.visit(garage, ten.plusMinutes(20)).build(), later.header("ETag"))
                .problem(409);
    }

    private long employer(String name) {
        return kari.post("employers", TestData.employer(name, TestData.orgNumber())
                .add("tags", Json.createArrayBuilder()).build()).expect(201).id();
    }

    private int total(String query) {
        return liv.get("visits?" + query).expect(200).json().getInt("total");
    }
}
