package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A host system's page on another origin embeds the app's components and passes them a token: the API answers that
 * origin's browser (CORS), and only that one; the app's page may be framed by it. Preflights are sent over plain HTTP,
 * as a browser sends them, without a token.
 */
class EmbeddingIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);

    @Test
    void aPreflightFromTheAllowedHostIsAnsweredWithWhatTheComponentsSend() throws Exception {
        HttpResponse<String> preflight = preflight(Outreach.HOST_ORIGIN, "PUT", "authorization,content-type,if-match");

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(Outreach.HOST_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("PUT");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase())
                .contains("authorization", "content-type", "if-match", "idempotency-key");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(preflight.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
    }

    @Test
    void theAllowedHostReadsTheAnswerAndItsHeadersWithTheTokenItPassed() {
        Client kari = outreach.as("kari-" + suffix, Outreach.SPECIALIST);
        Reply answer = kari.send(kari.request("me").header("Origin", Outreach.HOST_ORIGIN).GET()).expect(200);

        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(Outreach.HOST_ORIGIN);
        assertThat(answer.header("Access-Control-Expose-Headers")).contains("ETag").contains("Location");
    }

    @Test
    void anotherOriginGetsNoCorsHeadersAndItsPreflightIsRefused() throws Exception {
        HttpResponse<String> preflight = preflight("https://evil.example", "GET", "authorization");
        Client kari = outreach.as("kari-" + suffix, Outreach.SPECIALIST);
        Reply answer = kari.send(kari.request("me").header("Origin", "https://evil.example").GET()).expect(200);

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(preflight(Outreach.HOST_ORIGIN + ":8443", "GET", "authorization").statusCode()).isEqualTo(403);
    }

    @Test
    void theAppAndTheApiMayBeFramedByTheConfiguredHostOnly() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(outreach.server.base().resolve("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        Reply api = outreach.as("kari-" + suffix, Outreach.SPECIALIST).get("me").expect(200);

        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'self' " + Outreach.HOST_ORIGIN);
        assertThat(api.header("Content-Security-Policy")).endsWith("frame-ancestors 'self' " + Outreach.HOST_ORIGIN);
    }

    @Test
    void theExampleHostPageExistsInDevModeOnly() throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(outreach.server.base().resolve("/dev/host-example")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("outreach-employer");
    }

    private HttpResponse<String> preflight(String origin, String method, String headers) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(outreach.server.base().resolve("/api/v1/participants/by-ref/H-1"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", method).header("Access-Control-Request-Headers", headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
