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

    private static final String PROBLEM = "#/components/schemas/" + Problem.class.getSimpleName();

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
