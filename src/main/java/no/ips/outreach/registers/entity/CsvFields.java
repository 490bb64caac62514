package no.ips.outreach.registers.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A CSV row read by its header's column names. Address lines are joined by the two characters {@code /n}. */
public record CsvFields(Map<String, Integer> header, List<String> row) implements Fields {

    @Override
    public String text(String name) {
        Integer column = header.get(name);
        if (column == null || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        return value.isBlank() ? null : value;
    }

    @Override
    public List<String> lines(String name) {
        String value = text(name);
        List<String> lines = new ArrayList<>();
        if (value != null) {
            for (String line : value.split("/n|\\r?\\n")) {
                lines.add(line);
            }
        }
        return lines;
    }
}
