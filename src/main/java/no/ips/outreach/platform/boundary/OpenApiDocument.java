package no.ips.outreach.platform.boundary;

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

/**
 * Corrects what Payara's scanner gets wrong, so that the document describes exactly what the service accepts and
 * returns (mp.openapi.filter): every error as problem+json, a description on every response, one operationId per
 * operation (see {@link OpenApiOperations}), enums and records as Java declares them, {@code required} lists, and no
 * member that OpenAPI does not allow. Dates and times are typed in microprofile-config.properties (mp.openapi.schema.*).
 */
public class OpenApiDocument implements OASFilter {

    private static final Set<Class<?>> INTEGERS = Set.of(long.class, Long.class, int.class, Integer.class, short.class,
            Short.class);

    private static final Map<Class<?>, String> TIMES = Map.of(java.time.Instant.class, "date-time",
            java.time.OffsetDateTime.class, "date-time", java.time.ZonedDateTime.class, "date-time",
            java.time.LocalDate.class, "date");

    /**
     * Payara writes every attribute of a @Schema annotation, defaults included: {@code maxProperties: 0} would allow
     * no property at all, so the defaults that say nothing are dropped.
     */
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
        ApiTypes types = ApiTypes.deployed();
        MissingComponents.add(operations, openAPI.getComponents(), types);
        operations.forEach(operation -> OpenApiOperations.describeResponses(operation, openAPI.getComponents().getSchemas()));
        OpenApiOperations.uniqueOperationIds(operations, paths);
        Set<String> requestSchemas = RequestSchemas.of(openAPI);
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

    /** Payara lists the deployed paths under a top-level "endpoints", which OpenAPI does not allow. */
    private static void withoutPayaraEndpoints(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<>());
        } catch (ReflectiveOperationException notPayara) {
            // another implementation: it adds no such member
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
