package no.ips.outreach.registers.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** A JSON record read by dotted names: {@code beliggenhetsadresse.postnummer} is a field of a nested object. */
public record JsonFields(JsonObject json) implements Fields {

    @Override
    public String text(String name) {
        JsonValue value = find(name);
        if (value == null) {
            return null;
        }
        String text = switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER, TRUE, FALSE -> value.toString();
            default -> null;
        };
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public List<String> lines(String name) {
        JsonValue value = find(name);
        List<String> lines = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (JsonValue line : array) {
                if (line instanceof JsonString s) {
                    lines.add(s.getString());
                }
            }
        } else if (value instanceof JsonString s) {
            lines.add(s.getString());
        }
        return lines;
    }

    private JsonValue find(String name) {
        JsonValue at = json;
        int from = 0;
        while (at instanceof JsonObject object) {
            int dot = name.indexOf('.', from);
            String key = dot < 0 ? name.substring(from) : name.substring(from, dot);
            at = object.get(key);
            if (dot < 0) {
                return at == JsonValue.NULL ? null : at;
            }
            from = dot + 1;
        }
        return null;
    }
}
