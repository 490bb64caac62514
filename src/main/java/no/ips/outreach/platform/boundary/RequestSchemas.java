package no.ips.outreach.platform.boundary;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/** The component schemas a request body can contain, directly or nested: a client writes these, not only reads. */
final class RequestSchemas {

    private static final String PREFIX = "#/components/schemas/";

    private RequestSchemas() {
    }

    static Set<String> of(OpenAPI openAPI) {
        Deque<Schema> pending = new ArrayDeque<>();
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                    .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
                    .forEach(operation -> operation.getRequestBody().getContent().getMediaTypes().values()
                            .forEach(media -> pending.add(media.getSchema()))));
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        Set<String> names = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (schema == null) {
                continue;
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().replace(PREFIX, "");
                if (names.add(name) && components.get(name) != null) {
                    pending.push(components.get(name));
                }
            }
            if (schema.getItems() != null) {
                pending.push(schema.getItems());
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(pending::push);
            }
            if (schema.getAllOf() != null) {
                schema.getAllOf().forEach(pending::push);
            }
        }
        return names;
    }
}
