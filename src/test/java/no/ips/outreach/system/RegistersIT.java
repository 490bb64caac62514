package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import no.ips.outreach.registers.RegisterSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Looking units up in the imported registers, choosing them, and adding them as employers, over HTTP. */
class RegistersIT {

    private static final Outreach OUTREACH = Outreach.onMariaDb();
    private static final Client ADMINISTRATOR = OUTREACH.as("admin-units", ADMIN);
    private final Client kari = OUTREACH.as("kari", SPECIALIST);

    @BeforeAll
    static void importTheSamples() throws Exception {
        load("UNDERENHET", RegisterSamples.UNDERENHETER_CSV);
        load("ENHET", RegisterSamples.ENHETER_CSV);
        load("P_UNIT", RegisterSamples.CVR_P_UNITS);
    }

    @Test
    void aUnitIsLookedUpByItsOrganisationNumberWithItsParentsName() {
        JsonObject unit = kari.get("registers/units/911%20864%20193").expect(200).json();

        assertThat(unit.getString("name")).isEqualTo("NORDLAND FAGSKOLE BODØ MARITIME");
        assertThat(unit.getString("kind")).isEqualTo("UNDERENHET");
        assertThat(unit.getString("orgNumber")).isEqualTo("911864193");
        assertThat(unit.getString("naceCode")).isEqualTo("85.410");
        assertThat(unit.getString("naceVersion")).isEqualTo("SN2007");
        assertThat(unit.getInt("employees")).isEqualTo(24);
        assertThat(unit.getString("street")).isEqualTo("Mørkvedtråkket 2");
        assertThat(unit.getString("postcode")).isEqualTo("8020");
        assertThat(unit.getString("municipalityCode")).isEqualTo("1804");
        assertThat(unit.getString("parentName")).isNotBlank();
        assertThat(unit.getJsonNumber("latitude")).isNotNull();
        kari.get("registers/units/911864194").problem(404);
        kari.get("registers/units/abc").problem(400);
    }

    @Test
    void unitsAreChosenByMunicipalityIndustryAndSize() {
        assertThat(kari.get("registers/units?municipality=1804&limit=200").expect(200).json().getInt("total")).isEqualTo(77);
        assertThat(kari.get("registers/units?municipality=1804&industry=47").expect(200).json().getInt("total")).isEqualTo(16);
        assertThat(kari.get("registers/units?municipality=1804&industry=G").expect(200).json().getInt("total")).isEqualTo(21);
        assertThat(kari.get("registers/units?municipality=1804&size=10-49").expect(200).json().getInt("total")).isEqualTo(20);
        kari.get("registers/units?size=many").problem(400);
        kari.get("registers/units?industry=ZZ").problem(400);
    }

    @Test
    void aUnitAddedAsAnEmployerKeepsItsRegisterLinkIsPlacedByPostcodeAndIsFoundByNumber() {
        Reply added = kari.post("registers/units/874207632/employer", Json.createObjectBuilder().build()).expect(201);
        JsonObject employer = kari.get("employers/" + added.json().getJsonNumber("employerId").longValue()).expect(200).json();

        assertThat(employer.getString("name")).isEqualTo("NIKITA HAIR AVD KOCH BODØ");
        assertThat(employer.getString("naceCode")).isEqualTo("96.020");
        assertThat(employer.getJsonObject("address").getString("street")).isEqualTo("Storgata 5");
        assertThat(employer.getBoolean("positionApproximate")).isTrue();
        assertThat(employer.getJsonObject("register").getString("kind")).isEqualTo("UNDERENHET");
        assertThat(employer.getJsonObject("register").getString("number")).isEqualTo("874207632");
        assertThat(kari.get("employers?q=874%20207%20632").expect(200).json().getInt("total")).isEqualTo(1);
        kari.post("registers/units/874207632/employer", Json.createObjectBuilder().build()).problem(409);
    }

    @Test
    void aDanishUnitWithAdvertisingProtectionArrivesAsDoNotContactWithItsPNumber() {
        Reply added = kari.post("registers/units/1021686405/employer", Json.createObjectBuilder().build()).expect(201);
        JsonObject employer = kari.get("employers/" + added.json().getJsonNumber("employerId").longValue()).expect(200).json();

        assertThat(employer.getString("country")).isEqualTo("DK");
        assertThat(employer.getString("orgNumber")).isEqualTo("37952273");
        assertThat(employer.getString("pNumber")).isEqualTo("1021686405");
        assertThat(employer.getBoolean("doNotContact")).isTrue();
        assertThat(employer.getString("doNotContactReason")).contains("Reklamebeskyttet");
        assertThat(employer.getJsonObject("register").getString("closedOn")).isEqualTo("2017-01-30");
        assertThat(kari.get("employers?q=1021686405").expect(200).json().getInt("total")).isEqualTo(1);
    }

    /**
     * Two P-units of one company (same CVR number) are two employers; adding one a second time is a conflict. The
     * sample has no company with two P-units, so the file is made here, in CVR's format, of units that claim to be
     * nothing real (CVR 99999985 only passes the MOD11 check).
     */
    @Test
    void aSecondPUnitOfTheSameCompanyIsAddedAsAnEmployerOfItsOwn() throws Exception {
        Path file = Files.createTempFile("synthetic-p-units", ".json");
        Files.writeString(file, """
                {"hits": {"hits": [%s, %s]}}""".formatted(syntheticPUnit("9000000011", "SYNTETISK P-ENHED ET"),
                syntheticPUnit("9000000012", "SYNTETISK P-ENHED TO")));
        load("P_UNIT", file);

        long first = kari.post("registers/units/9000000011/employer", Json.createObjectBuilder().build()).expect(201)
                .json().getJsonNumber("employerId").longValue();
        long second = kari.post("registers/units/9000000012/employer", Json.createObjectBuilder().build()).expect(201)
                .json().getJsonNumber("employerId").longValue();

        assertThat(second).isNotEqualTo(first);
        JsonObject employer = kari.get("employers/" + second).expect(200).json();
        assertThat(employer.getString("orgNumber")).isEqualTo("99999985");
        assertThat(employer.getString("pNumber")).isEqualTo("9000000012");
        assertThat(kari.get("employers?q=99999985").expect(200).json().getInt("total")).isEqualTo(2);
        JsonObject conflict = kari.post("registers/units/9000000012/employer", Json.createObjectBuilder().build()).problem(409);
        assertThat(conflict.getString("detail")).contains("9000000012", "SYNTETISK P-ENHED TO");
        Files.delete(file);
    }

    private static String syntheticPUnit(String pNumber, String name) {
        return """
                {"_source": {"VrproduktionsEnhed": {"pNummer": %s, "reklamebeskyttet": false,
                  "produktionsEnhedMetadata": {"nyesteNavn": {"navn": "%s"}, "nyesteCvrNummerRelation": 99999985,
                    "nyesteHovedbranche": {"branchekode": "561010"},
                    "nyesteBeliggenhedsadresse": {"vejnavn": "Testvej", "husnummerFra": 1, "postnummer": 8000,
                      "postdistrikt": "Aarhus C", "kommune": {"kommuneKode": 751}}}}}}""".formatted(pNumber, name);
    }

    private static void load(String kind, Path sample) throws Exception {
        Path dir = OUTREACH.server.workDir().resolve("data/registers");
        Files.createDirectories(dir);
        String name = UUID.randomUUID() + "-" + sample.getFileName();
        Files.copy(sample, dir.resolve(name));
        Reply started = ADMINISTRATOR.post("registers/imports", Json.createObjectBuilder().add("kind", kind).add("file", name).build());
        if (started.status() == 409) { // another test's import still running: wait for it and try again
            Thread.sleep(500);
            started = ADMINISTRATOR.post("registers/imports", Json.createObjectBuilder().add("kind", kind).add("file", name).build());
        }
        String path = "registers/imports/" + started.expect(201).id();
        for (int i = 0; i < 300; i++) {
            JsonObject progress = ADMINISTRATOR.get(path).expect(200).json();
            if (!progress.getString("state").equals("RUNNING")) {
                assertThat(progress.getString("state")).isEqualTo("DONE");
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import of " + sample + " did not end");
    }
}
