package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.MANAGER;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpeningsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

    private final Outreach outreach = Outreach.onMariaDb();
    private final String kariName = "kari-" + UUID.randomUUID().toString().substring(0, 6);
    private final Client kari = outreach.as(kariName, SPECIALIST);
    private final Client liv = outreach.as("liv", MANAGER);
    private final Client admin = outreach.as("admin", ADMIN);

    @Test
    void aRetriedRegistrationCreatesOneOpeningAtTheEmployersAddress() {
        long employer = employer("Kafé Brygga");
        var body = opening(employer).build();
        var key = Map.of("Idempotency-Key", "opening-" + UUID.randomUUID());

        Reply first = kari.post("openings", body, key).expect(201);
        Reply retry = kari.post("openings", body, key).expect(201);

        assertThat(first.header("Location")).endsWith("/api/v1/openings/" + first.id());
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(total("employerId=" + employer)).isEqualTo(1);
        JsonObject shown = kari.get("openings/" + first.id()).expect(200).json();
        assertThat(shown.getString("employerName")).isEqualTo("Kafé Brygga");
        assertThat(shown.getString("occupationTitle")).isEqualTo("Cooks");
        assertThat(shown.getString("status")).isEqualTo("OPEN");
        assertThat(shown.getString("createdBy")).isEqualTo(kariName);
        assertThat(shown.getJsonObject("workplace").getString("street")).isEqualTo("Storgata 1");
        assertThat(shown.getJsonArray("shifts").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("DAY", "WEEKEND");
    }

    @Test
    void anEditNeedsTheCurrentETagAndAStaleOneChangesNothing() {
        long employer = employer("Saltstraumen Hotell");
        Reply created = kari.post("openings", opening(employer).build()).expect(201);
        String etag = created.header("ETag");

        kari.put("openings/" + created.id(), opening(employer).add("positions", 3).build(), null).problem(428);
        Reply edited = kari.put("openings/" + created.id(), opening(employer).add("positions", 2).build(), etag).expect(200);
        kari.put("openings/" + created.id(), opening(employer).add("positions", 5).build(), etag).problem(412);

        assertThat(edited.header("ETag")).isNotEqualTo(etag);
        assertThat(kari.get("openings/" + created.id()).json().getInt("positions")).isEqualTo(2);
    }

    @Test
    void onlyAnOpenOpeningCanBeClosedAndAClosedOneCanBeReopened() {
        long employer = employer("Nordlys Renhold AS");
        Reply created = kari.post("openings", opening(employer).build()).expect(201);
        var closing = Json.createObjectBuilder().add("status", "CLOSED").add("reason", "Stillingen er satt på vent").build();

        kari.post("openings/" + created.id() + "/close", closing).problem(428);
        Reply closed = kari.post("openings/" + created.id() + "/close", closing, Map.of("If-Match", created.header("ETag"))).expect(200);
        JsonObject again = kari.post("openings/" + created.id() + "/close", closing, Map.of("If-Match", closed.header("ETag"))).problem(409);
        assertThat(again.getString("detail")).contains("CLOSED");
        assertThat(closed.json().getString("statusReason")).isEqualTo("Stillingen er satt på vent");
        assertThat(total("employerId=" + employer + "&status=CLOSED")).isEqualTo(1);

        Reply reopened = liv.post("openings/" + created.id() + "/reopen", "", Map.of("If-Match", closed.header("ETag"))).expect(200);
        assertThat(reopened.json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void openingsAreListedByOccupationStatusMunicipalityAndDistance() {
        long employer = employer("Molo Restaurant");
        long cook = kari.post("openings", opening(employer).build()).expect(201).id();
        long waiter = kari.post("openings", opening(employer).add("title", "Servitør").add("occupationCode", "5131")
                .add("workplace", Json.createObjectBuilder().add("street", "Fauskeveien 1").add("municipalityCode", "1841")
                        .add("latitude", 67.2590).add("longitude", 15.3940)).build()).expect(201).id();

        assertThat(ids("employerId=" + employer + "&occupation=512")).containsExactly(cook);
        assertThat(ids("employerId=" + employer + "&municipality=1841")).containsExactly(waiter);
        assertThat(ids("employerId=" + employer + "&status=OPEN&sort=title")).containsExactly(cook, waiter);
        JsonObject near = kari.get("openings?employerId=" + employer + "&near=67.2804,14.4049&radiusKm=60").expect(200).json();
        assertThat(near.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id").longValue())
                .containsExactly(cook, waiter);
        assertThat(near.getJsonArray("items").getJsonObject(1).getJsonNumber("distanceKm").doubleValue()).isBetween(40.0, 45.0);
        assertThat(ids("employerId=" + employer + "&near=67.2804,14.4049&radiusKm=5")).containsExactly(cook);
        kari.get("openings?sort=distance").problem(400);
        assertThat(kari.get("openings?near=67.28,14.40").invalidFields()).containsExactly("radiusKm");
        assertThat(kari.get("openings?status=PENDING").invalidFields()).containsExactly("status");
    }

    @Test
    void anOpeningDevelopedThroughAVisitNamesAVisitAtTheSameEmployer() {
        long employer = employer("Skarven Bygg AS");
        long other = employer("Tindvik Data AS");
        long visit = kari.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build()).expect(201).id();
        long visitElsewhere = kari.post("visits", TestData.visit(other, TestData.daysAgo(1).minusHours(2)).build())
                .expect(201).id();

        kari.post("openings", developed(employer, visit).add("hiddenJobMarket", true).build()).expect(201);
        assertThat(kari.post("openings", opening(employer).add("source", "DEVELOPED_THROUGH_VISIT").build()).invalidFields())
                .containsExactly("visitId");
        assertThat(kari.post("openings", developed(employer, visitElsewhere).build()).invalidFields()).containsExactly("visitId");
        assertThat(total("employerId=" + employer)).isEqualTo(1);
    }

    @Test
    void anotherTeamsVisitCannotBeCitedAndAnswersLikeOneThatDoesNotExist() {
        long employer = employer("Kvitbjørn Verft AS");
        Client stranger = outreach.as("per-" + UUID.randomUUID().toString().substring(0, 6), SPECIALIST);
        long theirs = stranger.post("visits", TestData.visit(employer, TestData.daysAgo(1)).build()).expect(201).id();
        long missing = theirs + 1_000_000;

        JsonObject hidden = kari.post("openings", developed(employer, theirs).build()).problem(404);
        JsonObject absent = kari.post("openings", developed(employer, missing).build()).problem(404);

        assertThat(hidden.getString("detail")).isEqualTo(absent.getString("detail").replace(missing + "", theirs + ""));
        assertThat(total("employerId=" + employer)).isZero();
        stranger.post("openings", developed(employer, theirs).build()).expect(201);
    }

    @Test
    void eachBadInputIsRefusedNamingTheFieldAndCreatesNothing() {
        long employer = employer("Polarsirkel Transport AS");

        assertThat(refused(opening(employer + 100_000))).containsExactly("employerId");
        assertThat(refused(opening(employer).add("shifts", jakarta.json.Json.createArrayBuilder().addNull())))
                .containsExactly("shifts");
        assertThat(refused(opening(employer).add("occupationCode", "9999"))).containsExactly("occupationCode");
        assertThat(refused(opening(employer).add("occupationCode", "51"))).containsExactly("occupationCode");
        assertThat(refused(opening(employer).add("hoursPerWeek", 0.25))).containsExactly("hoursPerWeek");
        assertThat(refused(opening(employer).add("hoursPerWeek", 81))).containsExactly("hoursPerWeek");
        assertThat(refused(opening(employer).add("positions", 0))).containsExactly("positions");
        assertThat(refused(opening(employer).add("applicationDeadline", TODAY.minusDays(1).toString()))).containsExactly("applicationDeadline");
        assertThat(refused(opening(employer).add("source", "ADVERTISED").add("hiddenJobMarket", true))).containsExactly("hiddenJobMarket");
        assertThat(kari.post("openings", opening(employer).add("source", "NEWSPAPER").build()).problem(400).toString())
                .contains("source");
        // inside a list, the platform names the allowed values rather than the property
        assertThat(kari.post("openings", opening(employer).add("shifts", Json.createArrayBuilder().add("SIESTA")).build())
                .problem(400).getString("detail")).contains("SIESTA").contains("DAY, EVENING, NIGHT, WEEKEND");
        assertThat(refused(opening(employer).add("languages", Json.createArrayBuilder().add("norsk")))).containsExactly("languages");
        assertThat(total("employerId=" + employer)).isZero();
    }

    @Test
    void closingNeedsAClosingStatus() {
        long employer = employer("Fjordglimt Mote");
        Reply created = kari.post("openings", opening(employer).build()).expect(201);

        Reply filled = kari.post("openings/" + created.id() + "/close", Json.createObjectBuilder().add("status", "FILLED")
                .add("reason", "fikk jobb").build(), Map.of("If-Match", created.header("ETag")));

        assertThat(filled.invalidFields()).containsExactly("status");
        assertThat(kari.get("openings/" + created.id()).json().getString("status")).isEqualTo("OPEN");
    }

    @Test
    void anArchivedEmployerTakesNoNewOpenings() {
        long employer = employer("Kystlys Treningssenter");
        kari.post("employers/" + employer + "/archive", "").expect(200);

        JsonObject problem = kari.post("openings", opening(employer).build()).problem(422);

        assertThat(problem.getString("detail")).contains("archived");
        assertThat(total("employerId=" + employer)).isZero();
    }

    @Test
    void adminsReadOpeningsButCannotRegisterOrChangeThem() {
        long employer = employer("Landegode Eiendom AS");
        Reply created = liv.post("openings", opening(employer).build()).expect(201);

        admin.post("openings", opening(employer).build()).problem(403);
        admin.put("openings/" + created.id(), opening(employer).add("positions", 4).build(), created.header("ETag")).problem(403);
        admin.post("openings/" + created.id() + "/close", Json.createObjectBuilder().add("status", "CLOSED").add("reason", "x").build(),
                Map.of("If-Match", created.header("ETag"))).problem(403);
        assertThat(admin.get("openings/" + created.id()).expect(200).json().getInt("positions")).isEqualTo(1);
        outreach.anonymous().get("openings").problem(401);
        kari.get("openings/" + (created.id() + 100_000)).problem(404);
    }

    private JsonObjectBuilder opening(long employerId) {
        return Json.createObjectBuilder()
                .add("employerId", employerId)
                .add("title", "Kokk")
                .add("occupationCode", "5120")
                .add("description", "Lunsj og à la carte")
                .add("hoursPerWeek", 37.5)
                .add("shifts", Json.createArrayBuilder().add("WEEKEND").add("DAY"))
                .add("positions", 1)
                .add("startDate", TODAY.plusDays(14).toString())
                .add("applicationDeadline", TODAY.plusDays(7).toString())
                .add("languages", Json.createArrayBuilder().add("no"))
                .add("competitive", true)
                .add("source", "EMPLOYER_GOT_IN_TOUCH");
    }

    private JsonObjectBuilder developed(long employerId, long visitId) {
        return opening(employerId).add("source", "DEVELOPED_THROUGH_VISIT").add("visitId", visitId);
    }

    private List<String> refused(JsonObjectBuilder body) {
        return kari.post("openings", body.build()).invalidFields();
    }

    private long employer(String name) {
        return kari.post("employers", TestData.employer(name).add("tags", Json.createArrayBuilder()).build()).expect(201).id();
    }

    private int total(String query) {
        return liv.get("openings?" + query).expect(200).json().getInt("total");
    }

    private List<Long> ids(String query) {
        return kari.get("openings?" + query).expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("id").longValue()).toList();
    }
}
