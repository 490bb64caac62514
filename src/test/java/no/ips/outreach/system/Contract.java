package no.ips.outreach.system;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every answer a system test receives from the API is checked against the service's own OpenAPI document: its status
 * is documented for that operation, its media type too, and its body fits the schema (types, formats, enum values,
 * required properties). A test that sends a request the document does not describe at all (a wrong path or method,
 * on purpose) still has its answer checked against the problem schema by its own assertions, not here.
 */
final class Contract {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

    private Contract() {
    }

    static void check(URI base, HttpRequest request, HttpResponse<String> response) {
        String path = request.uri().getRawPath();
        if (!path.startsWith("/api/") || Arrays.stream(Request.Method.values()).noneMatch(known -> known.name().equals(request.method()))) {
            return; // not the API, or a method no OpenAPI document can name (a test of an unknown one)
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        ValidationReport report = VALIDATORS.computeIfAbsent(base, Contract::validator)
                .validateResponse(path, Request.Method.valueOf(request.method()), answer.build());
        if (report.hasErrors()) {
            throw new AssertionError(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + " outside the OpenAPI document:\n" + report.getMessages().stream()
                    .map(message -> "  " + message.getKey() + ": " + message.getMessage()).collect(Collectors.joining("\n"))
                    + "\nbody: " + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    private static OpenApiInteractionValidator validator(URI base) {
        try {
            String document = HTTP.send(HttpRequest.newBuilder(base.resolve("/openapi?format=json")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                    .withLevelResolver(LevelResolver.create()
                            // requests the tests send on purpose to a path or with a method the API does not have
                            .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
