package no.ips.outreach.platform.boundary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table a resource returns for download as CSV; {@link CsvTableWriter} renders it. Cells are kept as values,
 * not text, so numbers, dates and yes/no are formatted the same way in every export. A null cell is left empty.
 */
public record CsvTable(String filename, List<String> headers, List<List<Object>> rows) {

    public CsvTable {
        Objects.requireNonNull(filename, "filename");
        // the name goes into a Content-Disposition header, where a quote or line break would end it early
        if (!filename.matches("[A-Za-z0-9._ -]+")) {
            throw new IllegalArgumentException("Use only letters a-z, digits, space, dot, dash and underscore in "
                    + "a CSV file name, not " + filename + ".");
        }
        headers = List.copyOf(headers);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + (copied.size() + 1) + " has " + row.size()
                        + " cells, but there are " + headers.size() + " headers.");
            }
            // List.copyOf would refuse the null cells that stand for "no value"
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /**
     * A number written with all its decimals (in the file's decimal mark) rather than the usual two, for a figure
     * whose rounding could carry it across a band edge.
     */
    public record Exact(java.math.BigDecimal value) {

        public Exact {
            Objects.requireNonNull(value, "value");
        }
    }
}
