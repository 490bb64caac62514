package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import no.ips.outreach.registers.RegisterSamples;
import org.junit.jupiter.api.Test;

/** Importing the real sample files through the API, as an administrator who has put them in the import directory. */
class RegisterImportsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final Client admin = outreach.as("admin-reg", ADMIN);

    @Test
    void anAdministratorImportsAGzippedJsonFileInTheBackgroundAndFollowsItsProgress() throws Exception {
        String file = put(RegisterSamples.gzipped(RegisterSamples.UNDERENHETER_JSON, Files.createTempDirectory("reg")));

        Reply started = admin.post("registers/imports", request("UNDERENHET", file)).expect(201);
        JsonObject done = awaitDone(started.header("Location"));

        assertThat(done.getString("state")).isEqualTo("DONE");
        assertThat(done.getString("format")).isEqualTo("JSON");
        assertThat(done.getJsonNumber("recordsRead").longValue()).isEqualTo(2);
        assertThat(done.getJsonNumber("imported").longValue()).isEqualTo(2);
        assertThat(done.getJsonNumber("percent").doubleValue()).isEqualTo(100.0);
        assertThat(done.getJsonNumber("bytesDone").longValue()).isEqualTo(done.getJsonNumber("bytesTotal").longValue());
    }

    @Test
    void badRowsAreListedWithRecordLineAndReason() throws Exception {
        String header = Files.readAllLines(RegisterSamples.UNDERENHETER_CSV).get(0);
        String[] row = new String[header.split(",").length];
        java.util.Arrays.fill(row, "\"\"");
        row[0] = "\"812885163\""; // synthetic: a wrong check digit
        row[1] = "\"Feil AS\"";
        Path file = Files.createTempFile("bad", ".csv");
        Files.write(file, java.util.List.of(header, String.join(",", row)));

        Reply started = admin.post("registers/imports", request("UNDERENHET", put(file))).expect(201);
        JsonObject done = awaitDone(started.header("Location"));
        JsonObject refusal = admin.get("registers/imports/" + started.id() + "/refusals").expect(200).jsonArray().getJsonObject(0);

        assertThat(done.getJsonNumber("refused").longValue()).isEqualTo(1);
        assertThat(refusal.getInt("recordNumber")).isEqualTo(1);
        assertThat(refusal.getInt("line")).isEqualTo(2);
        assertThat(refusal.getString("reason")).contains("check digit");
        // the reason is kept as words to be chosen, so a Norwegian administrator reads it in bokmål
        assertThat(admin.speaking("nb").get("registers/imports/" + started.id() + "/refusals").expect(200).jsonArray()
                .getJsonObject(0).getString("reason")).contains("Kontrollsifferet");
    }

    @Test
    void aFileOfAnotherFormatIsRefusedAtOnceAndOnlyAdministratorsImport() throws Exception {
        Path text = Files.createTempFile("notes", ".txt");
        Files.writeString(text, "Ikke et register\n");
        String name = put(text);

        JsonObject refused = admin.post("registers/imports", request("UNDERENHET", name)).problem(422);
        assertThat(refused.getString("detail")).contains("organisasjonsnummer");
        admin.post("registers/imports", request("UNDERENHET", "missing-" + UUID.randomUUID() + ".csv")).problem(400);
        admin.post("registers/imports", request("UNDERENHET", "../outside.csv")).problem(400);
        outreach.as("kari", SPECIALIST).post("registers/imports", request("UNDERENHET", name)).problem(403);
        admin.get("registers/imports/999999").problem(404);
    }

    private static JsonObject request(String kind, String file) {
        return Json.createObjectBuilder().add("kind", kind).add("file", file).build();
    }

    /** Copies a file into the service's import directory (its default, data/registers under its working directory). */
    private String put(Path file) throws Exception {
        Path dir = outreach.server.workDir().resolve("data/registers");
        Files.createDirectories(dir);
        String name = UUID.randomUUID() + "-" + file.getFileName();
        Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        return name;
    }

    private JsonObject awaitDone(String location) throws InterruptedException {
        String path = location.substring(location.indexOf("/api/v1/") + "/api/v1/".length());
        for (int i = 0; i < 300; i++) {
            JsonObject progress = admin.get(path).expect(200).json();
            if (!progress.getString("state").equals("RUNNING")) {
                return progress;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end within 30 seconds");
    }
}
