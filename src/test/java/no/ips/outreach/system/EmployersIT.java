package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.MANAGER;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmployersIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final Client kari = outreach.as("kari", SPECIALIST);

    @Test
    void aSpecialistRegistersAnEmployerAndReadsItBack() {
        String orgNumber = TestData.orgNumber();
        Reply created = kari.post("employers", TestData.employer("Kafé Havblikk", orgNumber)
                .add("tags", Json.createArrayBuilder().add("deltid")).build()).expect(201);

        assertThat(created.header("Location")).endsWith("/api/v1/employers/" + created.id());
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        JsonObject read = kari.get("employers/" + created.id()).expect(200).json();
        assertThat(read.getString("orgNumber")).isEqualTo(orgNumber);
        assertThat(read.getString("name")).isEqualTo("Kafé Havblikk");
        assertThat(read.getString("stage")).isEqualTo("PROSPECT");
        assertThat(read.getJsonArray("tags").getString(0)).isEqualTo("deltid");
        assertThat(read.getJsonObject("address").getString("municipalityCode")).isEqualTo("1804");
    }

    @Test
    void aDanishCvrNumberIsAccepted() {
        kari.post("employers", TestData.employer("Jobcenter Kantine ApS", "10150817").add("country", "DK").build())
                .expect(201);
    }

    @Test
    void theSameOrganisationNumberTwiceIsAConflictThatNamesTheExistingEmployer() {
        String orgNumber = TestData.orgNumber();
        long first = kari.post("employers", TestData.employer("Nordlys Dagligvare AS", orgNumber).build()).expect(201).id();

        JsonObject problem = kari.post("employers", TestData.employer("Another name", orgNumber).build()).problem(409);
        String asPrinted = orgNumber.substring(0, 3) + " " + orgNumber.substring(3, 6) + " " + orgNumber.substring(6);
        JsonObject typedWithSpaces = kari.post("employers", TestData.employer("Third name", asPrinted).build()).problem(409);

        assertThat(problem.getString("detail")).contains("Nordlys Dagligvare AS").contains(Long.toString(first));
        assertThat(typedWithSpaces.getString("detail")).contains("Nordlys Dagligvare AS");
    }

    @Test
    void anInvalidOrganisationNumberIsRejectedWithTheReason() {
        Reply reply = kari.post("employers", TestData.employer("Typo AS", "923609017").build());

        JsonObject error = reply.problem(400).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("orgNumber");
        assertThat(error.getString("message")).contains("check digit");
    }

    @Test
    void employersAreSearchedByTextIndustryTagAndMunicipality() {
        String marker = "Sokbar" + UUID.randomUUID().toString().substring(0, 8);
        kari.post("employers", TestData.employer(marker + " Bakeri", TestData.orgNumber()).add("naceCode", "10.711")
                .add("tags", Json.createArrayBuilder().add("sommerjobb")).build()).expect(201);
        kari.post("employers", TestData.employer(marker + " Kafe", TestData.orgNumber()).build()).expect(201);

        assertThat(names("q=" + marker.toLowerCase())).hasSize(2);
        assertThat(names("q=" + marker + "&industry=10")).containsExactly(marker + " Bakeri");
        assertThat(names("q=" + marker + "&tag=sommerjobb")).containsExactly(marker + " Bakeri");
        assertThat(names("q=" + marker + "&municipality=1804&sort=-name")).containsExactly(marker + " Kafe", marker + " Bakeri");
        assertThat(names("q=" + marker + "&municipality=0301")).isEmpty();
    }

    @Test
    void aDistanceSearchFindsOnlyEmployersWithinTheRadiusNearestFirst() {
        String marker = "Naer" + UUID.randomUUID().toString().substring(0, 8);
        // three workplaces on Svalbard, far from every other test's employers: 0.5 km, 3 km and 30 km from the point
        register(marker + " near", 78.2232, 15.6267 + 0.0225);
        register(marker + " middle", 78.2232 + 0.027, 15.6267);
        register(marker + " far", 78.2232 + 0.27, 15.6267);

        JsonObject page = kari.get("employers?near=78.2232,15.6267&radiusKm=5").expect(200).json();

        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("name")).containsExactly(marker + " near", marker + " middle");
        assertThat(page.getJsonArray("items").getJsonObject(0).getJsonNumber("distanceKm").doubleValue()).isBetween(0.4, 0.6);
        assertThat(page.getInt("total")).isEqualTo(2);
    }

    @Test
    void anArchivedEmployerLeavesTheDefaultListButKeepsItsRecord() {
        String marker = "Arkiv" + UUID.randomUUID().toString().substring(0, 8);
        long id = kari.post("employers", TestData.employer(marker, TestData.orgNumber()).build()).expect(201).id();

        kari.post("employers/" + id + "/archive", "").expect(200);

        assertThat(names("q=" + marker)).isEmpty();
        assertThat(names("q=" + marker + "&includeArchived=true")).containsExactly(marker);
        assertThat(kari.get("employers/" + id).expect(200).json().getBoolean("archived")).isTrue();
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndKeepsWhatWasSent() {
        long id = kari.post("employers", TestData.employer("Brygga Kafé", TestData.orgNumber()).build()).expect(201).id();
        Reply read = kari.get("employers/" + id);
        JsonObject changed = TestData.employer("Brygga Kafé og Bar", read.json().getString("orgNumber"))
                .add("doNotContact", true).add("doNotContactReason", "Ny eier ønsker ro til mars").build();

        Reply updated = kari.put("employers/" + id, changed, read.header("ETag")).expect(200);

        assertThat(updated.header("ETag")).isEqualTo("\"2\"");
        assertThat(updated.json().getString("name")).isEqualTo("Brygga Kafé og Bar");
        assertThat(updated.json().getBoolean("doNotContact")).isTrue();
    }

    @Test
    void anEmployerWithoutCoordinatesGetsItsPostcodeCentreMarkedApproximateUntilAPersonSetsThePosition() {
        JsonObject unplaced = TestData.employer("Uten Posisjon AS", TestData.orgNumber()).add("address", Json.createObjectBuilder()
                .add("street", "Storgata 1").add("postcode", "8006").add("city", "Bodø").add("municipalityCode", "1804")).build();
        Reply created = kari.post("employers", unplaced).expect(201);
        JsonObject placed = created.json();
        assertThat(placed.getBoolean("positionApproximate")).isTrue();
        assertThat(placed.getJsonObject("address").getJsonNumber("latitude").doubleValue()).isEqualTo(67.28);
        assertThat(placed.getJsonObject("address").getJsonNumber("longitude").doubleValue()).isEqualTo(14.405);

        // The client sends the approximation back unchanged: still approximate. Then a person sets the real position.
        JsonObject sentBack = Json.createObjectBuilder(unplaced).add("address", placed.getJsonObject("address")).build();
        Reply unchanged = kari.put("employers/" + created.id(), sentBack, created.header("ETag")).expect(200);
        assertThat(unchanged.json().getBoolean("positionApproximate")).isTrue();
        JsonObject exact = Json.createObjectBuilder(unplaced).add("address", Json.createObjectBuilder(placed.getJsonObject("address"))
                .add("latitude", 67.2841).add("longitude", 14.3746)).build();
        JsonObject corrected = kari.put("employers/" + created.id(), exact, unchanged.header("ETag")).expect(200).json();

        assertThat(corrected.getBoolean("positionApproximate")).isFalse();
        assertThat(corrected.getJsonObject("address").getJsonNumber("latitude").doubleValue()).isEqualTo(67.2841);
        assertThat(kari.post("employers", TestData.employer("Med Posisjon AS", TestData.orgNumber()).build()).expect(201)
                .json().getBoolean("positionApproximate")).as("coordinates sent at registration are exact").isFalse();
    }

    @Test
    void contactPersonsAreKeptPerEmployer() {
        long id = kari.post("employers", TestData.employer("Molo Hotell", TestData.orgNumber()).build()).expect(201).id();
        var person = Json.createObjectBuilder().add("name", "Anne Berg").add("role", "HR-rådgiver")
                .add("email", "anne@molo.no").add("preferredChannel", "EMAIL").build();

        Reply added = kari.post("employers/" + id + "/contacts", person).expect(201);
        Reply updated = kari.put("employers/" + id + "/contacts/" + added.id(),
                Json.createObjectBuilder(person).add("role", "Daglig leder").build(), added.header("ETag")).expect(200);

        assertThat(updated.json().getString("role")).isEqualTo("Daglig leder");
        assertThat(kari.get("employers/" + id + "/contacts").expect(200).jsonArray()).hasSize(1);
        kari.get("employers/" + (id + 100_000) + "/contacts").problem(404);
    }

    @Test
    void managersAndAdminsReadTheSameRegister() {
        long id = kari.post("employers", TestData.employer("Fyret Renhold AS", TestData.orgNumber()).build()).expect(201).id();

        outreach.as("liv", MANAGER).get("employers/" + id).expect(200);
        outreach.as("root", ADMIN).get("employers/" + id).expect(200);
    }

    private void register(String name, double lat, double lon) {
        kari.post("employers", TestData.employer(name, TestData.orgNumber())
                .add("address", Json.createObjectBuilder().add("latitude", lat).add("longitude", lon)).build()).expect(201);
    }

    /** Names found by a query of plain ASCII words. */
    private java.util.List<String> names(String query) {
        return kari.get("employers?" + query).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("name")).toList();
    }
}
