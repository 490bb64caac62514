package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.ips.outreach.platform.problem.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/** The document's operations as the service answers them (see {@link OpenApiDocument}). */
final class OpenApiOperations {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final String PROBLEM = COMPONENTS + Problem.class.getSimpleName();

    private OpenApiOperations() {
    }

    /**
     * A method without @APIResponse gets its answer as "default" from Payara: that is JAX-RS's 200 (204 without a
     * body), and "default" is left for the errors. A body that is not JSON is text, not an object.
     */
    static void describeResponses(Operation operation, Map<String, Schema> schemas) {
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
                        media.setSchema(referenced(media.getSchema(), schemas));
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
     * Payara writes a response's {@code @Schema(implementation = X.class)} inline, a copy of X's component without its
     * corrections; it becomes a reference to that component. An array of X ({@code type = ARRAY}) it writes with X's
     * properties copied in (when it writes the document), and under a media type with untyped items as well: its
     * items become the reference. Payara's schema still knows X (its own getImplementation), and forgets it here.
     */
    private static Schema referenced(Schema schema, Map<String, Schema> schemas) {
        if (schema.getRef() != null) {
            return schema;
        }
        String name = implementation(schema);
        if (schema.getType() != Schema.SchemaType.ARRAY) {
            return schemas.containsKey(name) ? OASFactory.createSchema().ref(COMPONENTS + name) : schema;
        }
        Schema items = schema.getItems();
        String itemName = items == null || items.getRef() != null ? "" : implementation(items);
        String element = schemas.containsKey(name) ? name : itemName;
        if (schemas.containsKey(element)) {
            schema.setItems(OASFactory.createSchema().ref(COMPONENTS + element));
        }
        schema.setProperties(null);
        return schema;
    }

    /** The simple name of the class Payara will copy into this schema, and Payara told to copy nothing. */
    private static String implementation(Schema schema) {
        try {
            Object implementation = schema.getClass().getMethod("getImplementation").invoke(schema);
            schema.getClass().getMethod("setImplementation", String.class).invoke(schema, (Object) null);
            return implementation == null ? "" : implementation.toString().replaceAll(".*[.$]", "");
        } catch (ReflectiveOperationException notPayara) {
            return ""; // another implementation of MicroProfile OpenAPI: it copies nothing in
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** Payara names an operation after its Java method; where two share a name, the path tells them apart. */
    static void uniqueOperationIds(List<Operation> operations, Map<Operation, String> paths) {
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

}
