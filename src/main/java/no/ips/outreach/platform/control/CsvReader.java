package no.ips.outreach.platform.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time from a stream, so that a file of any size needs memory for one record only.
 * Quoted fields may hold separators, doubled quotes and line breaks; {@link #line()} is the line a record starts on.
 * One reader for the registers' bulk files and the host system's participant rows.
 */
public final class CsvReader {

    private final Reader in;
    private final char separator;
    private final StringBuilder field = new StringBuilder(64);
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    public CsvReader(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * The separator a header line uses: {@code ;} when it has one and no comma (as Norwegian and Danish Excel write
     * CSV), otherwise {@code ,}.
     */
    public static char separatorOf(String header) {
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    /** The next record's fields, or null at the end of the input. A blank line is skipped. */
    public List<String> next() throws IOException {
        while (true) {
            int c = read();
            if (c == -1) {
                return null;
            }
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r') {
                continue;
            }
            unread(c);
            return record();
        }
    }

    /** The line (counted from 1) on which the last record returned by {@link #next()} started. */
    public long line() {
        return recordLine;
    }

    private List<String> record() throws IOException {
        recordLine = line;
        List<String> fields = new ArrayList<>(48);
        field.setLength(0);
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            int c = read();
            if (quoted) {
                if (c == -1) {
                    throw new IOException("a quoted field that starts on line " + recordLine + " never ends");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
