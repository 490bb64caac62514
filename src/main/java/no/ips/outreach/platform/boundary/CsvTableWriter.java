package no.ips.outreach.platform.boundary;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
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
import no.ips.outreach.platform.language.Language;
import no.ips.outreach.platform.language.RequestLanguage;

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

    @Context
    UriInfo uri;

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
        Language language = RequestLanguage.current();
        httpHeaders.putSingle(HttpHeaders.CONTENT_LANGUAGE, language.code());
        entityStream.write(BYTE_ORDER_MARK);
        // no UriInfo outside a request (a unit test): the language's own format
        CsvFormat csv = CsvFormat.of(language, uri == null ? null : uri.getQueryParameters().getFirst(CsvFormat.PARAMETER));
        entityStream.write(format(table, csv).getBytes(StandardCharsets.UTF_8));
    }

    /** The CSV text in the plain (English) format; see {@link #format(CsvTable, CsvFormat)}. */
    public static String format(CsvTable table) {
        return format(table, CsvFormat.PLAIN);
    }

    /** The CSV text without the byte-order mark: a header row, then one line per row, each ending CRLF. */
    public static String format(CsvTable table, CsvFormat format) {
        StringBuilder csv = new StringBuilder();
        line(csv, table.headers(), format);
        table.rows().forEach(row -> line(csv, row, format));
        return csv.toString();
    }

    public static String cell(Object value) {
        return cell(value, CsvFormat.PLAIN);
    }

    /**
     * One value as cell text, before quoting. Numbers have at most two decimals and the format's decimal mark
     * whatever the server's locale, and no thousands separator, so that every spreadsheet reads them as numbers.
     */
    public static String cell(Object value, CsvFormat format) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) ? decimal(BigDecimal.valueOf(number), format) : "";
        }
        if (value instanceof BigDecimal number) {
            return decimal(number, format);
        }
        if (value instanceof CsvTable.Exact exact) {
            return exact.value().toPlainString().replace('.', format.decimalMark());
        }
        if (value instanceof Boolean yes) {
            return yes ? format.yes() : format.no();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return text(value.toString());
    }

    private static String decimal(BigDecimal number, CsvFormat format) {
        return number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', format.decimalMark());
    }

    /**
     * A spreadsheet runs text starting with these as a formula; the quote makes it plain text again. It also skips a
     * leading non-breaking, zero-width or byte-order-mark space and reads fullwidth signs as their ASCII twins.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r\u00A0\u200B\uFEFF\uFF1D\uFF0B\uFF0D\uFF20";

    private static String text(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void line(StringBuilder csv, List<?> values, CsvFormat format) {
        csv.append(values.stream().map(value -> quoted(cell(value, format), value instanceof Number || value instanceof CsvTable.Exact ? format.separator() : 0))
                .collect(Collectors.joining(String.valueOf(format.separator())))).append(LINE_END);
    }

    /**
     * Text with either separator is quoted whichever the file uses, since a file may be opened by an Excel of another
     * locale; a number only when it holds the file's own separator, so that 12,5 stays a number in a semicolon file.
     */
    private static String quoted(String cell, int numberSeparator) {
        String special = numberSeparator == 0 ? ",;\"\r\n" : String.valueOf((char) numberSeparator);
        return cell.chars().anyMatch(c -> special.indexOf(c) >= 0)
                ? "\"" + cell.replace("\"", "\"\"") + "\""
                : cell;
    }
}
