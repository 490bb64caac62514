package no.ips.outreach.platform.boundary;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Payara makes no component of some records an answer names with {@code @Schema(implementation = X.class)}: one
 * holding a map of maps (the labels' {@code LabelsView}) is left a bare object. Such a record's component is written
 * here from its components, before the answers are turned into references to their components; the document's usual
 * corrections (required lists) then apply to it as to any other.
 */
final class MissingComponents {

    private MissingComponents() {
    }

    static void add(List<Operation> operations, Components components, ApiTypes types) {
        operations.forEach(operation -> {
            if (operation.getResponses() == null) {
                return;
            }
            operation.getResponses().getAPIResponses().values().stream()
                    .filter(response -> response.getContent() != null)
                    .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                    .map(media -> implementation(media.getSchema()))
                    .filter(name -> !name.isEmpty() && (components.getSchemas() == null
                            || !components.getSchemas().containsKey(name)))
                    .forEach(name -> types.named(name).filter(Class::isRecord)
                            .ifPresent(record -> components.addSchema(name, of(record, components))));
        });
    }

    private static Schema of(Class<?> record, Components components) {
        Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        for (RecordComponent component : record.getRecordComponents()) {
            schema.addProperty(component.getName(), property(component.getType(), components));
        }
        return schema;
    }

    private static Schema property(Class<?> type, Components components) {
        if (type == String.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING);
        }
        if (type == boolean.class || type == Boolean.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.BOOLEAN);
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return OASFactory.createSchema().type(Schema.SchemaType.INTEGER);
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return OASFactory.createSchema().type(Schema.SchemaType.NUMBER);
        }
        if (components.getSchemas() != null && components.getSchemas().containsKey(type.getSimpleName())) {
            return OASFactory.createSchema().ref("#/components/schemas/" + type.getSimpleName());
        }
        // a map, or anything else: an object with any names and values
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.TRUE);
    }

    /** The simple name of the class Payara was told to copy into this schema, left for it to read later. */
    private static String implementation(Schema schema) {
        if (schema == null || schema.getRef() != null) {
            return "";
        }
        try {
            Object implementation = schema.getClass().getMethod("getImplementation").invoke(schema);
            return implementation == null ? "" : implementation.toString().replaceAll(".*[.$]", "");
        } catch (ReflectiveOperationException notPayara) {
            return "";
        }
    }
}
