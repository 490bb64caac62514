package no.ips.outreach.system;

import static no.ips.outreach.system.Outreach.ADMIN;
import static no.ips.outreach.system.Outreach.MANAGER;
import static no.ips.outreach.system.Outreach.SPECIALIST;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every endpoint that takes a JSON body refuses a property it does not know with 400, naming it: a misspelt field is
 * never dropped silently (a sign-off's "comment" once was). The endpoints are read from the service's own OpenAPI
 * document, so a new one is checked without changing this test.
 */
class UnknownPropertiesIT {

    private static final String UNKNOWN = "zzNotAProperty";

    private final Outreach outreach = Outreach.onMariaDb();
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final List<Client> callers = List.of(outreach.as("admin-" + suffix, ADMIN),
            outreach.as("manager-" + suffix, MANAGER), outreach.as("specialist-" + suffix, SPECIALIST),
            // the host system's machine role, the only one that reaches the participant sync
            outreach.as("host-" + suffix, "integration"));

    @Test
    void everyEndpointWithABodyRefusesUnknownPropertiesNamingThem() {
        JsonObject paths = outreach.anonymous().get("/openapi?format=json").expect(200).json().getJsonObject("paths");
        List<String> checked = new ArrayList<>();
        List<String> accepting = new ArrayList<>();
        for (Map.Entry<String, ?> path : paths.entrySet()) {
            JsonObject operations = (JsonObject) path.getValue();
            for (String method : List.of("post", "put", "patch")) {
                JsonObject operation = operations.getJsonObject(method);
                if (operation == null || !operation.containsKey("requestBody")
                        || !operation.getJsonObject("requestBody").getJsonObject("content").containsKey("application/json")) {
                    continue;
                }
                String url = concrete(path.getKey());
                checked.add(method.toUpperCase() + " " + url);
                if (!refusedByEveryRole(method, url)) {
                    accepting.add(method.toUpperCase() + " " + url);
                }
            }
        }
        assertThat(checked).as("the API's bodies, from /openapi").hasSizeGreaterThan(20)
                .anyMatch(endpoint -> endpoint.endsWith("/review"));
        assertThat(accepting).as("endpoints that did not refuse " + UNKNOWN + " with a 400 naming it").isEmpty();
    }

    /** Each role gets a 400 naming the property, or is refused before the body is read (401, 403, 405, 415). */
    private boolean refusedByEveryRole(String method, String url) {
        boolean named = false;
        for (Client caller : callers) {
            Reply reply = caller.send(caller.request(url).header("Content-Type", "application/json")
                    .method(method.toUpperCase(), HttpRequest.BodyPublishers.ofString("{\"" + UNKNOWN + "\": 1}")));
            if (reply.status() == 400 && reply.body().contains(UNKNOWN)) {
                named = true;
            } else if (reply.status() != 403 && reply.status() != 401) {
                return false;
            }
        }
        return named;
    }

    private static String concrete(String template) {
        return (template.startsWith("/api/") ? template : "/api/v1" + template).replaceAll("\\{week}", "2026-W48").replaceAll("\\{username}", "someone")
                .replaceAll("\\{code}", "2512").replaceAll("\\{[^}]+}", "1");
    }
}
