package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Corrects what Payara's scanner gets wrong, so that the document describes exactly what the service accepts and
 * returns (mp.openapi.filter): every error as problem+json, a description on every response, one operationId per
 * operation, enums and records as Java declares them, and {@code required} lists. Dates and times are typed in
 * microprofile-config.properties (mp.openapi.schema.*).
 */
public class OpenApiDocument implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/" + Problem.class.getSimpleName();
    private static final Set<Class<?>> INTEGERS = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
            Short.class);

    /**
     * Payara writes every attribute of a @Schema annotation, defaults included: {@code maxProperties: 0} would allow
     * no property at all, so the defaults that say nothing are dropped.
     */
    private static final Map<Class<?>, String> TIMES = Map.of(java.time.Instant.class, "date-time",
            java.time.OffsetDateTime.class, "date-time", java.time.ZonedDateTime.class, "date-time",
            java.time.LocalDate.class, "date");

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        for (var flag : List.<java.util.function.Consumer<Boolean>>of(schema::setUniqueItems, schema::setNullable,
                schema::setReadOnly, schema::setWriteOnly, schema::setDeprecated)) {
            flag.accept(null);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        withoutPayaraEndpoints(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url("/").description("this service")));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        List<Operation> operations = new ArrayList<>();
        Map<Operation, String> paths = new HashMap<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().values().forEach(operation -> {
                operations.add(operation);
                paths.put(operation, path);
            }));
        }
        operations.forEach(operation -> describeResponses(operation, openAPI.getComponents().getSchemas()));
        uniqueOperationIds(operations, paths);
        Set<String> requestSchemas = RequestSchemas.of(openAPI);
        ApiTypes types = ApiTypes.deployed();
        openAPI.getComponents().getSchemas().forEach((name, schema) -> types.named(name).ifPresent(type -> {
            if (type.isEnum()) {
                schema.setType(Schema.SchemaType.STRING);
                schema.setEnumeration(ApiTypes.constants(type));
            } else {
                correctRecord(type, schema, requestSchemas.contains(name));
            }
        }));
        openAPI.getComponents().addSchema(Problem.class.getSimpleName(), problemSchema());
        openAPI.getComponents().addSchema(Problem.FieldError.class.getSimpleName(), fieldErrorSchema());
    }

    /** Its components and nothing else; a primitive is always in an answer, a request needs what it validates. */
    private static void correctRecord(Class<?> record, Schema schema, boolean inRequests) {
        Map<String, RecordComponent> components = new HashMap<>();
        Arrays.stream(record.getRecordComponents()).forEach(component -> components.put(component.getName(), component));
        if (schema.getProperties() == null) {
            return;
        }
        new HashSet<>(schema.getProperties().keySet()).stream().filter(name -> !components.containsKey(name))
                .forEach(schema::removeProperty);
        List<String> required = new ArrayList<>();
        schema.getProperties().forEach((name, property) -> {
            RecordComponent component = components.get(name);
            if (INTEGERS.contains(component.getType()) && property.getRef() == null) {
                property.setType(Schema.SchemaType.INTEGER);
                property.setFormat(component.getType() == long.class || component.getType() == Long.class ? "int64" : "int32");
            }
            if (TIMES.containsKey(component.getType()) && property.getRef() == null) {
                property.setType(Schema.SchemaType.STRING); // a described date is still a date, not an object
                property.setFormat(TIMES.get(component.getType()));
            }
            if (java.util.Map.class.isAssignableFrom(component.getType()) && property.getRef() == null
                    && property.getAdditionalPropertiesSchema() == null) {
                property.setAdditionalPropertiesBoolean(Boolean.TRUE); // a map: any names, any values
            }
            if (ApiTypes.demanded(record, component) || !inRequests && component.getType().isPrimitive()) {
                required.add(name);
            }
        });
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /**
     * A method without @APIResponse gets its answer as "default" from Payara: that is JAX-RS's 200 (204 without a
     * body), and "default" is left for the errors. A body that is not JSON is text, not an object.
     */
    private static void describeResponses(Operation operation, Map<String, Schema> schemas) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        var responses = operation.getResponses();
        boolean success = responses.getAPIResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
        if (!success && responses.getDefaultValue() != null) {
            var answer = responses.getDefaultValue();
            responses.removeAPIResponse(APIResponses.DEFAULT);
            boolean empty = answer.getContent() == null || answer.getContent().getMediaTypes().isEmpty();
            answer.setDescription(null);
            responses.addAPIResponse(empty ? "204" : "200", answer);
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (response.getDescription() == null || response.getDescription().isBlank()
                    || response.getDescription().equals("Default Response.")) {
                response.setDescription(reason(code));
            }
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent()); // a documented error is a problem too
            }
            if (response.getContent() != null) {
                response.getContent().getMediaTypes().forEach((type, media) -> {
                    if (!type.contains("json")) {
                        media.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
                    } else if (media.getSchema() != null) {
                        repairArray(media.getSchema(), schemas);
                    }
                });
            }
        });
        if (operation.getParameters() != null) {
            // a path parameter is part of the path, never optional (Payara drops that when @Parameter describes it)
            operation.getParameters().stream().filter(parameter -> parameter.getIn() == Parameter.In.PATH)
                    .forEach(parameter -> parameter.setRequired(true));
        }
        if (operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                    .description("an error, as RFC 9457 problem+json").content(problemContent()));
        }
    }

    /**
     * Payara writes {@code @Schema(type = ARRAY, implementation = X.class)} as an array that also has X's properties
     * (it copies them in when it writes the document), and under a media type with untyped items as well. Its schema
     * still knows X (Payara's own getImplementation): the items become a reference to X's component where they are
     * untyped, and the array itself forgets X.
     */
    private static void repairArray(Schema array, Map<String, Schema> schemas) {
        if (array.getType() != Schema.SchemaType.ARRAY) {
            return;
        }
        Schema items = array.getItems();
        boolean untypedItems = items == null || items.getRef() == null
                && (items.getEnumeration() == null || items.getEnumeration().isEmpty())
                && (items.getProperties() == null || items.getProperties().isEmpty())
                && (items.getType() == null || items.getType() == Schema.SchemaType.OBJECT);
        try {
            Object implementation = array.getClass().getMethod("getImplementation").invoke(array);
            String name = implementation == null ? "" : implementation.toString().replaceAll(".*[.$]", "");
            if (untypedItems && schemas.containsKey(name)) {
                array.setItems(OASFactory.createSchema().ref("#/components/schemas/" + name));
            }
            array.getClass().getMethod("setImplementation", String.class).invoke(array, (Object) null);
        } catch (ReflectiveOperationException notPayara) {
            // another implementation of MicroProfile OpenAPI: nothing was copied in
        }
        array.setProperties(null);
    }

    /** Payara lists the deployed paths under a top-level "endpoints", which OpenAPI does not allow. */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException notPayara) {
            // another implementation: it adds no such member
        }
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** Payara names an operation after its Java method; where two share a name, the path tells them apart. */
    private static void uniqueOperationIds(List<Operation> operations, Map<Operation, String> paths) {
        Map<String, Integer> counts = new HashMap<>();
        operations.forEach(operation -> counts.merge(String.valueOf(operation.getOperationId()), 1, Integer::sum));
        Set<String> taken = new HashSet<>();
        for (Operation operation : operations) {
            String id = operation.getOperationId();
            if (id == null || counts.get(id) > 1) {
                id = (id == null ? "call" : id) + pascal(paths.get(operation));
            }
            String unique = id;
            for (int i = 2; !taken.add(unique); i++) {
                unique = id + i;
            }
            operation.setOperationId(unique);
        }
    }

    private static String pascal(String path) {
        StringBuilder name = new StringBuilder();
        for (String word : path.replace("/api/v1/", "").split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    private static String reason(String code) {
        try {
            Response.Status status = Response.Status.fromStatusCode(Integer.parseInt(code));
            return status == null ? "status " + code : status.getReasonPhrase();
        } catch (NumberFormatException e) {
            return "the answer";
        }
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; errors lists each field of a request that is not valid")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(
                        OASFactory.createSchema().ref("#/components/schemas/" + Problem.FieldError.class.getSimpleName())))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("field", "message"));
    }
}
