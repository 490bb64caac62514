package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a {@link CsvTable} as RFC 4180 CSV for managers who open audits in a spreadsheet. Cells that could be read
 * as a formula are defused, because names and notes in the table are typed by other users.
 */
@Provider
@Produces(CsvTableWriter.MEDIA_TYPE)
public class CsvTableWriter implements MessageBodyWriter<CsvTable> {

    public static final String MEDIA_TYPE = "text/csv";

    /** Without it Excel reads the file as the local 8-bit code page and garbles names like Bjørn or Ærø. */
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static final String LINE_END = "\r\n";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvTable.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvTable table, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream)
            throws IOException {
        httpHeaders.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=UTF-8");
        httpHeaders.putSingle(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + table.filename() + "\"");
        entityStream.write(BYTE_ORDER_MARK);
        entityStream.write(format(table).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV text without the byte-order mark: a header row, then one line per row, each ending CRLF. */
    public static String format(CsvTable table) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.headers());
        table.rows().forEach(row -> line(csv, row));
        return csv.toString();
    }

    /**
     * One value as cell text, before quoting. Numbers use a dot and at most two decimals whatever the server's
     * locale, so the file reads the same in Oslo and Copenhagen.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? decimal(BigDecimal.valueOf(number)) : "";
        }
        if (value instanceof BigDecimal number) {
            return decimal(number);
        }
        if (value instanceof Boolean yes) {
            return yes ? "yes" : "no";
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return text(value.toString());
    }

    private static String decimal(BigDecimal number) {
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * A spreadsheet runs text starting with these as a formula; the quote makes it plain text again. It also skips a
     * leading non-breaking, zero-width or byte-order-mark space and reads fullwidth signs as their ASCII twins.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\u00A0\u200B\uFEFF\uFF1D\uFF0B\uFF0D\uFF20";

    private static String text(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<?> values) {
        csv.append(values.stream().map(value -> quoted(cell(value))).collect(Collectors.joining(","))).append(LINE_END);
    }

    /** Semicolons are quoted too: Norwegian and Danish Excel split on them instead of commas. */
    private static String quoted(String cell) {
        return cell.chars().anyMatch(c -> ",;\"\r\n".indexOf(c) >= 0)
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
