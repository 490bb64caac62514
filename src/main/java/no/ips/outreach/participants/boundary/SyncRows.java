package no.ips.outreach.participants.boundary;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.ips.outreach.participants.control.ParticipantSync.Numbered;
import no.ips.outreach.participants.control.SyncResult;
import no.ips.outreach.participants.control.SyncRow;
import no.ips.outreach.participants.entity.Disclosure;
import no.ips.outreach.participants.entity.ParticipantStatus;
import no.ips.outreach.participants.entity.Program;
import no.ips.outreach.platform.boundary.ControlCharacterFilter;
import no.ips.outreach.platform.control.CsvReader;
import no.ips.outreach.platform.language.Messages;
import no.ips.outreach.platform.language.RequestLanguage;
import no.ips.outreach.platform.language.ValidationTexts;
import no.ips.outreach.platform.problem.Problem;
import no.ips.outreach.platform.problem.ProblemException;

/**
 * Turns the rows of a bulk sync into records, each on its own: a row that cannot be read (not JSON, a wrong type, an
 * unknown field, a value out of range) is refused with its fields named, and the rows after it are read as usual.
 */
final class SyncRows {

    /** The fields of a row: the NDJSON properties and the CSV columns. */
    static final List<String> FIELDS = List.of("externalRef", "alias", "specialist", "program", "programLabel",
            "enrolledOn", "status", "disclosure", "disclosureText");

    final List<Numbered> rows = new ArrayList<>();
    final List<SyncResult> refused = new ArrayList<>();
    private final Validator validator;

    SyncRows(Validator validator) {
        this.validator = validator;
    }

    /** One JSON object a line; the row number is the line number, and blank lines are skipped. */
    SyncRows ndjson(String body) {
        String[] lines = body.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                ndjsonLine(i + 1, lines[i]);
            }
        }
        return this;
    }

    private void ndjsonLine(int row, String line) {
        JsonObject object;
        try (var reader = Json.createReader(new StringReader(line))) {
            JsonValue value = reader.readValue();
            if (!(value instanceof JsonObject found)) {
                throw new JsonException("not an object");
            }
            object = found;
        } catch (JsonException | IllegalStateException notJson) {
            refused.add(SyncResult.refused(row, null, List.of(new Problem.FieldError("body", Messages.get("host.sync.not-json")))));
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        object.forEach((name, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return;
            }
            if (value instanceof JsonString text) {
                fields.put(name, text.getString());
            } else {
                errors.add(new Problem.FieldError(name, Messages.get("host.sync.text")));
            }
        });
        add(row, fields, errors);
    }

    /** RFC 4180 with a header row naming the fields; {@code ;} or {@code ,} as the header uses. Row 1 is the first after it. */
    SyncRows csv(String body) {
        String text = body.startsWith("\uFEFF") ? body.substring(1) : body;
        CsvReader csv = new CsvReader(new StringReader(text), CsvReader.separatorOf(text.lines().findFirst().orElse("")));
        try {
            List<String> columns = csv.next();
            if (columns == null) {
                return this;
            }
            List<String> header = columns.stream().map(String::trim).toList();
            List<String> unknown = header.stream().filter(name -> !FIELDS.contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw ProblemException.invalid("body",
                        Messages.get("host.sync.columns", String.join(", ", unknown), String.join(", ", FIELDS)));
            }
            int row = 0;
            for (List<String> cells = csv.next(); cells != null; cells = csv.next()) {
                row++;
                Map<String, String> fields = new LinkedHashMap<>();
                List<Problem.FieldError> errors = new ArrayList<>();
                if (cells.size() != header.size()) {
                    errors.add(new Problem.FieldError("body", Messages.get("host.sync.cells", cells.size(), header.size())));
                }
                for (int c = 0; c < Math.min(cells.size(), header.size()); c++) {
                    if (!cells.get(c).isEmpty()) {
                        fields.put(header.get(c), cells.get(c));
                    }
                }
                add(row, fields, errors);
            }
        } catch (IOException e) {
            // a quoted cell that never ends has swallowed every row after it: the body is refused whole, nothing written
            throw ProblemException.invalid("body", Messages.get("host.sync.unclosed-quote", csv.line()));
        }
        return this;
    }

    private void add(int row, Map<String, String> fields, List<Problem.FieldError> errors) {
        fields.forEach((name, value) -> {
            if (!FIELDS.contains(name)) {
                errors.add(new Problem.FieldError(name, Messages.get("host.sync.unknown-field", String.join(", ", FIELDS))));
            } else if (ControlCharacterFilter.hasLoneSurrogate(value)) {
                errors.add(new Problem.FieldError(name, Messages.get("problem.not-unicode")));
            } else if (ControlCharacterFilter.hasControl(value, ControlCharacterFilter.MULTI_LINE.contains(name))) {
                errors.add(new Problem.FieldError(name, ControlCharacterFilter.MULTI_LINE.contains(name)
                        ? Messages.get("problem.control-characters.multi-line") : Messages.get("problem.control-characters")));
            }
        });
        SyncRow record = new SyncRow(fields.get("externalRef"), fields.get("alias"), fields.get("specialist"),
                constant(fields, "program", Program.class, errors), fields.get("programLabel"), date(fields, errors),
                constant(fields, "status", ParticipantStatus.class, errors), fields.get("disclosure") == null ? null
                : constant(fields, "disclosure", Disclosure.class, errors), fields.get("disclosureText"));
        for (ConstraintViolation<SyncRow> violation : validator.validate(record)) {
            String field = violation.getPropertyPath().toString();
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new Problem.FieldError(field, ValidationTexts.message(violation, RequestLanguage.current())));
            }
        }
        String reference = fields.get("externalRef") == null ? null : fields.get("externalRef").trim();
        if (errors.isEmpty()) {
            rows.add(new Numbered(row, record));
        } else {
            errors.sort(Comparator.comparing(Problem.FieldError::field));
            refused.add(SyncResult.refused(row, reference, errors));
        }
    }

    private static <E extends Enum<E>> E constant(Map<String, String> fields, String name, Class<E> type,
                                                  List<Problem.FieldError> errors) {
        String value = fields.get(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            errors.add(new Problem.FieldError(name, Messages.get("problem.unreadable.enum", value, allowed)));
            return null;
        }
    }

    private static LocalDate date(Map<String, String> fields, List<Problem.FieldError> errors) {
        String value = fields.get("enrolledOn");
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException notADate) {
            errors.add(new Problem.FieldError("enrolledOn", Messages.get("outreach.v.date-example")));
            return null;
        }
    }
}
