package no.ips.outreach.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** How the web app is delivered: one uncached page allowed to run its import map only, and compressed, cached assets. */
class AppDeliveryIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void thePageIsNeverCachedAndItsPolicyAllowsExactlyItsImportMap() throws Exception {
        HttpResponse<String> page = get("/", false);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher importMap = Pattern.compile("<script type=\"importmap\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(importMap.find()).isTrue();
        String hash = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(importMap.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(policy).contains("script-src 'self' 'sha256-" + hash + "'").contains("object-src 'none'")
                .contains("img-src 'self' data: https://tile.openstreetmap.org").doesNotContain("unsafe-eval");
        assertThat(page.body()).contains("content=\"https://tile.openstreetmap.org/{z}/{x}/{y}.png\"")
                .contains("<meta name=\"outreach:dev-sign-in\" content=\"true\">");
    }

    @Test
    void versionedLibrariesAreImmutableAndTheAppsOwnFilesAreRevalidated() throws Exception {
        HttpResponse<byte[]> lit = getBytes("/webjars/lit/3.3.1/index.js");
        assertThat(lit.statusCode()).isEqualTo(200);
        assertThat(lit.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        HttpResponse<byte[]> app = getBytes("/app/main.js");
        assertThat(app.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(app.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(get("/sw.js", false).body()).contains("const CACHE = 'outreach-").doesNotContain("${");
    }

    @Test
    void textIsGzipCompressedForClientsThatAcceptIt() throws Exception {
        HttpResponse<byte[]> compressed = getBytes("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(compressed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        byte[] plain = new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes();
        assertThat(plain.length).isGreaterThan(3 * compressed.body().length);
        assertThat(new String(plain, StandardCharsets.UTF_8)).contains("Leaflet");
        HttpResponse<String> uncompressed = get("/app/main.js", false);
        assertThat(uncompressed.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(uncompressed.body()).contains("serviceWorker");
    }

    @Test
    void devModeListsItsDemoUsersAndSignsATokenForOne() throws Exception {
        JsonArray users = Json.createReader(new StringReader(get("/api/v1/dev/users", false).body())).readArray();
        assertThat(users.getValuesAs(jakarta.json.JsonObject.class)).extracting(u -> u.getString("username"))
                .contains("kari", "liv", "admin");
        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/dev/users/kari/token"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        String jwt = Json.createReader(new StringReader(token.body())).readObject().getString("token");
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + jwt)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"kari\"");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/v1/dev/users/nobody/token")).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
    }

    @Test
    void everyAnswerForbidsSniffingAndReferrersAndTheApisHtmlMayRunNothing() throws Exception {
        HttpResponse<String> worksheet = HTTP.send(HttpRequest.newBuilder(uri("/api/v1/audit/teams/1/worksheet?month=2026-11"))
                .header("Authorization", "Bearer " + Stage.token("liv")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(worksheet.statusCode()).isEqualTo(200);
        assertThat(worksheet.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(worksheet.headers().firstValue("Content-Security-Policy").orElseThrow())
                .startsWith("default-src 'none'").contains("style-src 'unsafe-inline'").doesNotContain("script-src");
        assertThat(worksheet.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(worksheet.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");

        HttpResponse<String> page = get("/", false);
        assertThat(page.headers().allValues("Content-Security-Policy")).as("the page keeps its own policy")
                .singleElement().asString().contains("script-src 'self' 'sha256-");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        HttpResponse<byte[]> library = getBytes("/webjars/lit/3.3.1/index.js");
        assertThat(library.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static URI uri(String path) {
        return Stage.server().base().resolve(path);
    }

    private static HttpResponse<String> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
