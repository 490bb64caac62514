package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** One HTTP answer, with the checks every system test makes on errors. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonArray jsonArray() {
        return Json.createReader(new StringReader(body)).readArray();
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public long id() {
        return json().getJsonNumber("id").longValue();
    }

    /** Asserts a problem+json answer with this status and returns it. */
    public JsonObject problem(int expectedStatus) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        assertThat(header("Content-Type")).startsWith("application/problem+json");
        JsonObject problem = json();
        assertThat(problem.getInt("status")).isEqualTo(expectedStatus);
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    /** The fields a 400 problem names. */
    public List<String> invalidFields() {
        return problem(400).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    public Reply expect(int expectedStatus) {
        assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
        return this;
    }
}
