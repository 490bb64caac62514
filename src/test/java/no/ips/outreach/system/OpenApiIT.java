package no.ips.outreach.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * The service's own OpenAPI document, as a client generator reads it: valid to a real OpenAPI parser and validator
 * (swagger-parser), with real paths, one operationId and a summary per operation, dates as strings, and every enum
 * and record as the Java code declares it. Every check walks the whole document, so a new endpoint is held to it
 * without changing this test; {@code Contract} checks real answers against the same document.
 */
class OpenApiIT {

    private final Outreach outreach = Outreach.onMariaDb();
    private final String text = outreach.anonymous().get("/openapi?format=json").expect(200).body();
    private final OpenAPI document = parse().getOpenAPI();

    @Test
    void theDocumentIsValidOpenApiWithoutASingleMessage() {
        assertThat(parse().getMessages()).as("swagger-parser's validation messages").isEmpty();
        assertThat(text).as("Payara's own list of endpoints, which OpenAPI does not allow").doesNotContain("\"endpoints\"");
        assertThat(document.getPaths()).hasSizeGreaterThan(40);
    }

    @Test
    void pathsAreRealPathsWithoutRegexQueryOrTrailingSlash() {
        assertThat(document.getPaths().keySet()).allSatisfy(path -> assertThat(path)
                .doesNotContain(":", "?", "(", "|", "\\").doesNotEndWith("/").startsWith("/api/v1/"));
        assertThat(document.getPaths().keySet()).contains("/api/v1/audit/teams/{id}/weekly",
                "/api/v1/audit/specialists/{username}/first-contacts", "/api/v1/audit/national/scorecard");
        assertThat(document.getServers()).allSatisfy(server -> assertThat(server.getUrl()).isEqualTo("/"));
    }

    @Test
    void everyOperationHasItsOwnIdASummaryASuccessAndProblemAnswers() {
        List<String> ids = new ArrayList<>();
        operations((name, operation) -> {
            ids.add(operation.getOperationId());
            assertThat(operation.getSummary()).as(name + " summary").isNotBlank();
            assertThat(operation.getResponses()).as(name).isNotNull();
            // a redirect is the success of the sign-in's steps through the identity provider
            assertThat(operation.getResponses().keySet()).as(name + " success")
                    .anyMatch(code -> code.startsWith("2") || code.equals("303"));
            operation.getResponses().forEach((code, response) ->
                    assertThat(response.getDescription()).as(name + " " + code + " description").isNotBlank());
            assertThat(operation.getResponses().get("default").getContent()).as(name + " errors")
                    .containsKey("application/problem+json");
        });
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void noSchemaIsAnUntypedObjectSoDatesAreStringsWithAFormatAndArraysSayWhatTheyHold() {
        List<String> untyped = new ArrayList<>();
        schemas().forEach((name, schema) -> untyped(name, schema, untyped));
        operations((name, operation) -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().forEach((type, media) -> untyped(name + " body " + type, media.getSchema(), untyped));
            }
            operation.getResponses().forEach((code, response) -> {
                if (response.getContent() != null) {
                    response.getContent().forEach((type, media) -> untyped(name + " " + code + " " + type, media.getSchema(), untyped));
                }
            });
        });
        assertThat(untyped).as("schemas typed as a bare object, or arrays with properties").isEmpty();
        assertThat(properties(schemas().get("VisitView")).get("startedAt").get$ref()).isEqualTo("#/components/schemas/Instant");
        assertThat(schemas().get("Instant").getFormat()).isEqualTo("date-time");
        assertThat(schemas().get("LocalDate").getFormat()).isEqualTo("date");
        assertThat(properties(schemas().get("CompletionRequest")).get("startedAt").getFormat()).isEqualTo("date-time");
    }

    private static void untyped(String where, Schema<?> schema, List<String> found) {
        if (schema == null || schema.get$ref() != null) {
            return;
        }
        boolean object = schema.getType() == null || "object".equals(schema.getType());
        if (object && (schema.getProperties() == null || schema.getProperties().isEmpty()) && schema.getAdditionalProperties() == null
                && schema.getAllOf() == null && schema.getEnum() == null) {
            found.add(where);
        }
        if ("array".equals(schema.getType()) && schema.getProperties() != null) {
            found.add(where + " (an array with properties)");
        }
        properties(schema).forEach((property, value) -> untyped(where + "." + property, value, found));
        if (schema.getItems() != null) {
            untyped(where + "[]", schema.getItems(), found);
        }
    }

    @Test
    void enumsListTheirConstantsAndNothingElse() {
        Map<String, Class<?>> types = JavaTypes.bySimpleName();
        List<String> checked = new ArrayList<>();
        schemas().forEach((name, schema) -> {
            if (schema.getEnum() != null && types.containsKey(name) && types.get(name).isEnum()) {
                List<String> constants = Arrays.stream(types.get(name).getEnumConstants())
                        .map(constant -> ((Enum<?>) constant).name()).toList();
                assertThat(schema.getEnum()).as(name).map(String::valueOf).containsExactlyElementsOf(constants);
                assertThat(schema.getType()).as(name + " type").isEqualTo("string");
                checked.add(name);
            }
        });
        assertThat(checked).contains("RelationshipStage", "MatchStage", "VisitMode");
    }

    @Test
    void recordsHaveTheirComponentsAsPropertiesAndSayWhichAreRequired() {
        Map<String, Class<?>> types = JavaTypes.bySimpleName();
        List<String> withRequired = new ArrayList<>();
        schemas().forEach((name, schema) -> {
            Class<?> type = types.get(name);
            if (type == null || !type.isRecord() || schema.getProperties() == null) {
                return;
            }
            Set<String> components = new TreeSet<>(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
            assertThat(new TreeSet<>(schema.getProperties().keySet())).as(name + " properties").isSubsetOf(components);
            if (schema.getRequired() != null) {
                assertThat(schema.getRequired()).as(name + " required").isSubsetOf(schema.getProperties().keySet());
                withRequired.add(name);
            }
        });
        assertThat(schemas().get("Problem").getRequired()).containsExactlyInAnyOrder("type", "title", "status", "detail");
        assertThat(schemas().get("EmployerRequest").getRequired()).contains("name", "orgNumber", "country", "naceCode");
        assertThat(schemas().get("VisitView").getRequired()).contains("id", "meetingMinutes");
        assertThat(withRequired).hasSizeGreaterThan(40);
    }

    /**
     * The audit resource repeats week, month, from and to on every report method on purpose: Payara's OpenAPI leaves
     * the fields of a {@code @BeanParam} out of the document (tried 2026-12-04), and a client would not know them.
     */
    @Test
    void everyReportSaysWhichPeriodItTakes() {
        List<String> reports = document.getPaths().keySet().stream()
                .filter(path -> path.startsWith("/api/v1/audit/") && !path.contains("/weeks/")).toList();
        assertThat(reports).contains("/api/v1/audit/national", "/api/v1/audit/teams/{id}/worksheet");
        assertThat(reports).allSatisfy(path -> assertThat(document.getPaths().get(path).getGet().getParameters())
                .as(path).extracting(parameter -> parameter.getIn() + " " + parameter.getName())
                .contains("query week", "query month", "query from", "query to"));
    }

    private SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(text, null, options);
    }

    private Map<String, Schema> schemas() {
        return document.getComponents().getSchemas();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Schema> properties(Schema<?> schema) {
        return schema.getProperties() == null ? Map.of() : (Map<String, Schema>) (Map<?, ?>) schema.getProperties();
    }

    private void operations(BiConsumer<String, Operation> check) {
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.accept(method + " " + path, operation)));
    }
}
