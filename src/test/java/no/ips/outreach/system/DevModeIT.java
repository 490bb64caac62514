package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.ips.outreach.employers.entity.Country;
import no.ips.outreach.employers.entity.OrganisationNumber;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import no.ips.outreach.testing.Directories;

/**
 * What a newcomer gets from the start command: the embedded database migrated by the same scripts, demo data,
 * and demo tokens signed by a local key that the service itself trusts.
 */
class DevModeIT {

    private static OutreachServer server;
    private static JsonObject tokens;

    @BeforeAll
    static void startOnTheEmbeddedDatabase() throws IOException {
        Directories.deleteRecursively(Path.of("target", "it", "devmode", "data"));
        server = OutreachServer.start("devmode", Map.of());
        tokens = Json.createReader(new StringReader(
                Files.readString(server.workDir().resolve("data/dev-tokens.json")))).readObject();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void demoTokensCoverEveryRole() {
        assertThat(tokens.keySet()).contains("kari", "ola", "liv", "admin");
        assertThat(tokens.values().stream().map(v -> v.asJsonObject().getString("role")).toList())
                .contains("specialist", "manager", "admin")
                .filteredOn("specialist"::equals).hasSizeGreaterThanOrEqualTo(2);
        assertThat(server.log()).contains("dev-tokens.json").contains("/openapi").contains("/ and sign in as kari");
    }

    @Test
    void theOrganisationsSignInIsNotThereInDevModeAndTheDemoSignInIs() {
        Client anonymous = new Client(server.base(), null);
        anonymous.get("auth/session").problem(404);
        anonymous.get("auth/sign-in").problem(404);
        anonymous.get("dev/users").expect(200);
        assertThat(anonymous.get("/").body()).contains("<meta name=\"outreach:oidc-sign-in\" content=\"false\">")
                .contains("<meta name=\"outreach:dev-sign-in\" content=\"true\">");
    }

    @Test
    void theDemoEmployersAreBodosRealWorkplacesFromTheRegister() {
        Client kari = client("kari");

        JsonObject page = kari.get("employers?limit=200").expect(200).json();

        assertThat(page.getInt("total")).isEqualTo(76);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class)).allSatisfy(employer -> {
            assertThat(OrganisationNumber.problem(Country.NO, employer.getString("orgNumber"))).isEmpty();
            assertThat(employer.getString("naceCode")).matches("\\d{2}\\.\\d{2,3}");
            assertThat(employer.getJsonObject("address").getString("municipalityCode")).isEqualTo("1804");
            assertThat(employer.getJsonObject("register").getString("kind")).isEqualTo("UNDERENHET");
        });
        assertThat(kari.get("employers?q=874207632").expect(200).json().getJsonArray("items").getJsonObject(0)
                .getString("name")).isEqualTo("NIKITA HAIR AVD KOCH BODØ");
    }

    @Test
    void threeSpecialistsHaveMonthsOfVisits() {
        Client liv = client("liv");

        for (String specialist : new String[]{"kari", "ola", "ingrid"}) {
            JsonObject oldest = liv.get("visits?specialist=" + specialist + "&sort=startedAt&limit=1").expect(200).json();
            assertThat(oldest.getInt("total")).as(specialist).isGreaterThan(40);
            String first = oldest.getJsonArray("items").getJsonObject(0).getString("startedAt");
            assertThat(java.time.Instant.parse(first)).isBefore(java.time.Instant.now().minus(java.time.Duration.ofDays(90)));
        }
    }

    @Test
    void theDemoTeamIsNavBodoManagedByLiv() {
        JsonObject kari = client("kari").get("me").expect(200).json().getJsonObject("specialist");
        JsonObject liv = client("liv").get("me").expect(200).json();

        assertThat(kari.getString("teamCode")).isEqualTo("nav-bodo");
        assertThat(kari.getJsonObject("office").getString("municipalityCode")).isEqualTo("1804");
        assertThat(liv.getJsonArray("managedTeams").getJsonObject(0).getString("name")).isEqualTo("NAV Bodø");
        assertThat(client("liv").get("specialists").expect(200).jsonArray()).hasSize(3);
    }

    @Test
    void eachSpecialistHasACaseloadWithVariedPreferencesNamedOnVisits() {
        JsonObject kari = client("kari").get("participants?limit=50").expect(200).json();
        JsonObject liv = client("liv").get("participants?limit=50").expect(200).json();

        assertThat(kari.getInt("total")).isBetween(15, 20);
        assertThat(liv.getInt("total")).isEqualTo(51);
        var occupations = liv.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonObject("preferences").getJsonArray("occupations").getString(0)).distinct().count();
        assertThat(occupations).isGreaterThan(12);
        long withHistory = kari.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(p -> client("kari").get("participants/" + p.getInt("id") + "/preferences/history").jsonArray().size() > 3)
                .count();
        assertThat(withHistory).isPositive();
        assertThat(client("liv").get("job-starts").expect(200).json().getInt("total")).isPositive();
        int first = kari.getJsonArray("items").getJsonObject(0).getInt("id");
        assertThat(client("kari").get("participants/" + first + "/matches?includeExcluded=true").expect(200).jsonArray()).isNotEmpty();
        String visits = client("kari").get("visits?specialist=kari&limit=200").body();
        assertThat(visits).contains("\"alias\"");
    }

    @Test
    void aDemoTokenCanLogAVisit() {
        Client ola = client("ola");
        long employer = ola.get("employers?limit=1&stage=PROSPECT").expect(200).json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();

        ola.post("visits", TestData.visit(employer, TestData.daysAgo(0).minusHours(1)).build()).expect(201);

        assertThat(ola.get("employers/" + employer).json().getString("stage")).isEqualTo("CONTACTED");
    }

    @Test
    void concurrentReadsOfOneParticipantOnTheEmbeddedDatabaseAllSucceedAndAreEachLogged() throws Exception {
        Client kari = client("kari");
        int participant = kari.get("participants?limit=1").expect(200).json().getJsonArray("items").getJsonObject(0).getInt("id");
        String log = "access-log?participantId=" + participant + "&limit=1";
        int before = client("admin").get(log).expect(200).json().getInt("total");
        int clients = 32;
        int readsEach = 30;

        var threads = java.util.concurrent.Executors.newFixedThreadPool(clients);
        var statuses = new java.util.concurrent.ConcurrentLinkedQueue<Integer>();
        try {
            for (int c = 0; c < clients; c++) {
                threads.submit(() -> {
                    for (int i = 0; i < readsEach; i++) {
                        statuses.add(kari.get("participants/" + participant).status());
                    }
                });
            }
        } finally {
            threads.shutdown();
            threads.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        }

        assertThat(statuses).hasSize(clients * readsEach).containsOnly(200);
        assertThat(client("admin").get(log).expect(200).json().getInt("total")).isEqualTo(before + clients * readsEach);
    }

    @Test
    void anAdministratorBacksUpTheRunningEmbeddedDatabaseAndARetryWritesNoSecondCopy() {
        Client admin = client("admin");

        Reply written = admin.post("backups", "", Map.of("Idempotency-Key", "backup-devmode")).expect(201);
        Reply retried = admin.post("backups", "", Map.of("Idempotency-Key", "backup-devmode")).expect(201);

        Path file = Path.of(written.json().getString("file"));
        assertThat(file).isRegularFile().startsWith(server.workDir().resolve("data/backups").toAbsolutePath());
        assertThat(written.json().getJsonNumber("bytes").longValue()).isGreaterThan(100_000L);
        assertThat(retried.json().getString("file")).isEqualTo(file.toString());
        assertThat(written.header("Location")).endsWith("/api/v1/backups/" + file.getFileName());
        assertThat(admin.get("backups/" + file.getFileName()).expect(200).json().getString("file")).isEqualTo(file.toString());
        client("liv").post("backups", "", Map.of()).problem(403);
        admin.get("backups/outreach-20000101T000000Z.zip").problem(404);
    }

    @Test
    void withoutAnAllowListNoOtherOriginMayCallTheApiOrFrameTheApp() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var preflight = http.send(java.net.http.HttpRequest.newBuilder(server.base().resolve("/api/v1/me"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()).header("Origin", Outreach.HOST_ORIGIN)
                .header("Access-Control-Request-Method", "GET").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        var page = http.send(java.net.http.HttpRequest.newBuilder(server.base().resolve("/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith("frame-ancestors 'self'");
    }

    private static Client client(String user) {
        return new Client(server.base(), tokens.getJsonObject(user).getString("token"));
    }
}
