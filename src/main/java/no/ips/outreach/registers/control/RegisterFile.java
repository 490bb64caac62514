package no.ips.outreach.registers.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import no.ips.outreach.platform.control.CsvReader;
import no.ips.outreach.registers.entity.CsvFields;
import no.ips.outreach.registers.entity.JsonFields;
import no.ips.outreach.registers.entity.UnitKind;

/**
 * A register's bulk file, streamed: JSON through the JSON-P streaming parser (one record's object in memory at a
 * time), CSV through a streaming reader, either of them gzip-compressed or not. The format is found from the first
 * bytes, and a file that is not what its kind of unit is published as is refused before anything is imported.
 */
final class RegisterFile implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final UnitKind kind;
    private final long size;
    private final CountingStream counted;
    private final InputStream in;
    private final FileFormat format;
    private final boolean gzip;

    private RegisterFile(UnitKind kind, Path path) throws IOException, FormatRefused {
        this.kind = kind;
        this.size = Files.size(path);
        this.counted = new CountingStream(Files.newInputStream(path));
        try {
            BufferedInputStream raw = new BufferedInputStream(counted, BUFFER);
            raw.mark(2);
            gzip = raw.read() == 0x1f && raw.read() == 0x8b;
            raw.reset();
            this.in = gzip ? new BufferedInputStream(new GZIPInputStream(raw, BUFFER), BUFFER) : raw;
            this.format = sniff();
        } catch (IOException | FormatRefused | RuntimeException e) {
            counted.close();
            throw e;
        }
    }

    static RegisterFile open(UnitKind kind, Path path) throws IOException, FormatRefused {
        return new RegisterFile(kind, path);
    }

    FileFormat format() {
        return format;
    }

    boolean gzip() {
        return gzip;
    }

    long size() {
        return size;
    }

    long bytesRead() {
        return counted.count();
    }

    /** Streams every record to the sink; a syntax error that makes the rest unreadable ends it with FormatRefused. */
    void read(RecordSink sink) throws Exception {
        switch (format) {
            case CSV -> readCsv(sink);
            case JSON -> readJsonArray(sink);
            case CVR_JSON -> readCvrHits(sink);
        }
    }

    private FileFormat sniff() throws IOException, FormatRefused {
        in.mark(4096);
        int c = in.read();
        if (c == 0xEF) { // a byte-order mark
            in.read();
            in.read();
            c = in.read();
        }
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            c = in.read();
        }
        in.reset();
        FileFormat found = switch (c) {
            case '[' -> FileFormat.JSON;
            case '{' -> FileFormat.CVR_JSON;
            case -1 -> throw new FormatRefused("registers.format.empty");
            default -> FileFormat.CSV;
        };
        boolean cvr = kind == UnitKind.P_UNIT;
        if (cvr != (found == FileFormat.CVR_JSON)) {
            throw new FormatRefused(cvr ? "registers.format.not-cvr"
                    : found == FileFormat.CVR_JSON ? "registers.format.object-not-brreg" : "registers.format.not-brreg");
        }
        return found;
    }

    private void readCsv(RecordSink sink) throws Exception {
        Reader text = new InputStreamReader(in, StandardCharsets.UTF_8);
        CsvReader csv = new CsvReader(text, ',');
        List<String> columns = csv.next();
        Map<String, Integer> header = new HashMap<>();
        for (int i = 0; columns != null && i < columns.size(); i++) {
            header.put(columns.get(i).replace("\uFEFF", "").trim(), i);
        }
        String address = kind == UnitKind.ENHET ? "forretningsadresse" : "beliggenhetsadresse";
        for (String needed : List.of("organisasjonsnummer", "navn", address + ".postnummer")) {
            if (!header.containsKey(needed)) {
                throw new FormatRefused("registers.format.csv-column", needed,
                        kind == UnitKind.ENHET ? "enheter" : "underenheter");
            }
        }
        long number = 0;
        for (List<String> row = csv.next(); row != null; row = csv.next()) {
            sink.accept(++number, csv.line(), new CsvFields(header, row));
        }
    }

    private void readJsonArray(RecordSink sink) throws Exception {
        try (JsonParser parser = Json.createParser(in)) {
            parser.next(); // START_ARRAY, as sniffed
            long number = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return;
                }
                long line = parser.getLocation().getLineNumber();
                if (event != JsonParser.Event.START_OBJECT) {
                    throw new FormatRefused("registers.format.not-object", number + 1, line);
                }
                JsonObject record = parser.getObject();
                sink.accept(++number, line, new JsonFields(record));
            }
        } catch (JsonParsingException e) {
            throw new FormatRefused("registers.format.json-broken", e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber(), e.getMessage());
        }
    }

    /** A search response: records are {@code hits.hits[]._source}; everything else in it is skipped. */
    private void readCvrHits(RecordSink sink) throws Exception {
        try (JsonParser parser = Json.createParser(in)) {
            parser.next(); // START_OBJECT
            if (!toKey(parser, "hits") || parser.next() != JsonParser.Event.START_OBJECT || !toKey(parser, "hits")
                    || parser.next() != JsonParser.Event.START_ARRAY) {
                throw new FormatRefused("registers.format.no-hits");
            }
            long number = 0;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    return;
                }
                long line = parser.getLocation().getLineNumber();
                JsonObject hit = parser.getObject();
                sink.accept(++number, line, new JsonFields(hit.getJsonObject("_source") == null
                        ? JsonObject.EMPTY_JSON_OBJECT : hit.getJsonObject("_source")));
            }
        } catch (JsonParsingException e) {
            throw new FormatRefused("registers.format.json-broken", e.getLocation().getLineNumber(),
                    e.getLocation().getColumnNumber(), e.getMessage());
        }
    }

    /** Moves to the value of a key of the current object, skipping the values of others. */
    private static boolean toKey(JsonParser parser, String key) {
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return false;
            }
            if (event == JsonParser.Event.KEY_NAME) {
                if (parser.getString().equals(key)) {
                    return true;
                }
                JsonParser.Event value = parser.next();
                if (value == JsonParser.Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == JsonParser.Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
