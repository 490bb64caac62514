package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Errors that the container raises, not the API's resources: the same problem+json as every other error wherever the
 * application is reached at all, and an empty body (no HTML page, no stack trace) where Grizzly answers before it.
 */
class ContainerErrorsIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final Client specialist = outreach.as("container-errors", SPECIALIST);

    @Test
    void aPathOutsideTheApiIsA404Problem() {
        specialist.get("/no-such-page").problem(404);
        specialist.get("/app/no-such-module.js").problem(404);
        specialist.get("/WEB-INF/web.xml").problem(404);
    }

    @Test
    void theApiIsDescribedOnlyByOpenApiNotByAWadlToo() {
        specialist.get("application.wadl").problem(404);
    }

    @Test
    void aMethodTheStaticFilesDoNotTakeIsA405ProblemThatSaysWhatTheyTake() {
        Reply post = specialist.send(specialist.request("/").POST(HttpRequest.BodyPublishers.ofString("x")));
        Reply delete = specialist.send(specialist.request("/index.html").DELETE());

        post.problem(405);
        delete.problem(405);
        assertThat(post.header("Allow")).contains("GET");
    }

    @Test
    void aMethodNoServletKnowsIsA501Problem() {
        specialist.send(specialist.request("/").method("PROPFIND", HttpRequest.BodyPublishers.noBody())).problem(501);
    }

    @Test
    void theApisOwnMethodMediaTypeAndUnknownMethodErrorsAreProblems() {
        Reply delete = specialist.send(specialist.request("employers").DELETE());
        Reply unknownMethod = specialist.send(specialist.request("employers").method("FOO", HttpRequest.BodyPublishers.noBody()));

        delete.problem(405);
        assertThat(delete.header("Allow")).contains("GET", "POST");
        unknownMethod.problem(405);
        specialist.send(specialist.request("occupations").header("Accept", "image/png").GET()).problem(406);
        specialist.send(specialist.request("employers").header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString("<employer/>"))).problem(415);
    }

    /*
     * What follows never reaches the application: Grizzly and Payara's request adapter answer it before any servlet,
     * filter or web.xml error page runs, so its body cannot be made problem+json from inside the WAR. These tests pin
     * down what the service answers instead: the right status, an empty body, and nothing about the server's insides.
     */

    @Test
    void aNulInThePathIsAnEmpty400FromTheContainer() {
        assertEmptyContainerAnswer(raw("GET /api/v1/employers%00.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void aPathThatClimbsOutOfTheRootIsAnEmpty400FromTheContainer() {
        assertEmptyContainerAnswer(raw("GET /api/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void aHeaderOverEightKilobytesIsAnEmpty400FromTheContainer() {
        String big = "a".repeat(9_000);
        assertEmptyContainerAnswer(raw("GET /api/v1/employers HTTP/1.1\r\nHost: x\r\nX-Big: " + big
                + "\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void anUnknownHttpVersionIsAnEmpty505FromTheContainer() {
        assertEmptyContainerAnswer(raw("GET /api/v1/employers HTTP/9.9\r\nHost: x\r\n\r\n"), 505);
    }

    @Test
    void traceIsAnEmpty405FromTheContainer() {
        assertEmptyContainerAnswer(raw("TRACE /api/v1/employers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405);
    }

    private static void assertEmptyContainerAnswer(String answer, int status) {
        assertThat(answer).startsWith("HTTP/1.1 " + status + " ");
        assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).as(answer).isEmpty();
        assertThat(answer).doesNotContainIgnoringCase("<html").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String raw(String request) {
        URI base = outreach.server.base();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
