package no.ips.outreach.platform.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One field that a change of a record altered, with its value before and after, as text. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** The fields whose values differ, in the order of {@code before}. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        before.forEach((field, old) -> {
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new FieldChange(field, old, now));
            }
        });
        return changes;
    }
}
