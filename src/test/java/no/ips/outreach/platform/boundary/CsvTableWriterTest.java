package no.ips.outreach.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableWriterTest {

    private static CsvTable table(Object... cells) {
        List<String> headers = new ArrayList<>();
        for (int i = 1; i <= cells.length; i++) {
            headers.add("c" + i);
        }
        return new CsvTable("audit.csv", headers, List.of(Arrays.asList(cells)));
    }

    private static String row(Object... cells) {
        String csv = CsvTableWriter.format(table(cells));
        return csv.substring(csv.indexOf("\r\n") + 2);
    }

    @Test
    void norwegianAndDanishExcelGetSemicolonsAndDecimalCommasEnglishCommasAndDecimalPoints() {
        CsvTable table = new CsvTable("audit.csv", List.of("Navn", "Timer", "Aktiv"),
                List.of(Arrays.asList("Hansen, Kari", new BigDecimal("37.5"), true), Arrays.asList("Ola; Per", 12.345, false)));

        assertThat(CsvTableWriter.format(table, CsvFormat.of(no.ips.outreach.platform.language.Language.NB, null)))
                .isEqualTo("Navn;Timer;Aktiv\r\n\"Hansen, Kari\";37,5;ja\r\n\"Ola; Per\";12,35;nei\r\n");
        assertThat(CsvTableWriter.format(table, CsvFormat.of(no.ips.outreach.platform.language.Language.DA, null)))
                .endsWith(";12,35;nej\r\n");
        assertThat(CsvTableWriter.format(table, CsvFormat.of(no.ips.outreach.platform.language.Language.EN, null)))
                .isEqualTo("Navn,Timer,Aktiv\r\n\"Hansen, Kari\",37.5,yes\r\n\"Ola; Per\",12.35,no\r\n");
        assertThat(CsvTableWriter.format(table, CsvFormat.of(no.ips.outreach.platform.language.Language.NB, "comma")))
                .startsWith("Navn,Timer,Aktiv\r\n\"Hansen, Kari\",37.5,ja");
        assertThatThrownBy(() -> CsvFormat.of(no.ips.outreach.platform.language.Language.NB, "tab"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAHeaderAndRowsEachEndingCrLf() {
        CsvTable table = new CsvTable("audit.csv", List.of("Specialist", "Contacts"),
                List.of(List.of("Kari", 6), List.of("Ola", 4)));
        assertThat(CsvTableWriter.format(table)).isEqualTo("Specialist,Contacts\r\nKari,6\r\nOla,4\r\n");
    }

    @Test
    void quotesFieldsWithSeparatorsQuotesAndLineBreaks() {
        assertThat(row("Hansen, \"Kari\"")).isEqualTo("\"Hansen, \"\"Kari\"\"\"\r\n");
        assertThat(row("Bakeri; Bergen")).isEqualTo("\"Bakeri; Bergen\"\r\n");
        assertThat(row("line one\nline two", "a\rb")).isEqualTo("\"line one\nline two\",\"a\rb\"\r\n");
        assertThat(row("plain text")).isEqualTo("plain text\r\n");
    }

    @Test
    void keepsNorwegianAndDanishLetters() {
        assertThat(row("Bjørn Ærø", "Blåbærsyltetøj")).isEqualTo("Bjørn Ærø,Blåbærsyltetøj\r\n");
    }

    @Test
    void aMissingValueIsAnEmptyCell() {
        assertThat(row("a", null, "b")).isEqualTo("a,,b\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A9)", "+47 22 00 00 00", "-2+3", "@cmd"})
    void textThatASpreadsheetWouldRunIsDefused(String text) {
        assertThat(CsvTableWriter.cell(text)).isEqualTo("'" + text);
    }

    /** Spreadsheets skip leading invisible spaces and read fullwidth signs as their ASCII twins. */
    @ParameterizedTest
    @ValueSource(strings = {"\u00A0=SUM(A1:A9)", "\u200B=1+1", "\uFEFF@cmd", "\uFF1D1+1", "\uFF0B47", "\uFF0D2+3",
        "\uFF20cmd"})
    void textStartingWithAnInvisibleSpaceOrAFullwidthSignIsDefused(String text) {
        assertThat(CsvTableWriter.cell(text)).isEqualTo("'" + text);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreDefusedAndQuotedWhereNeeded() {
        assertThat(CsvTableWriter.cell("\tx")).isEqualTo("'\tx");
        assertThat(row("\r=1")).isEqualTo("\"'\r=1\"\r\n");
    }

    @Test
    void realNegativeNumbersStayNumbers() {
        assertThat(CsvTableWriter.cell(-5)).isEqualTo("-5");
        assertThat(CsvTableWriter.cell(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void numbersUseADotAndAtMostTwoDecimals() {
        assertThat(CsvTableWriter.cell(37.5)).isEqualTo("37.5");
        assertThat(CsvTableWriter.cell(40.0)).isEqualTo("40");
        assertThat(CsvTableWriter.cell(1.0 / 3)).isEqualTo("0.33");
        assertThat(CsvTableWriter.cell(2.0 / 3)).isEqualTo("0.67");
        assertThat(CsvTableWriter.cell(1234567.0)).isEqualTo("1234567");
        assertThat(CsvTableWriter.cell(12.5f)).isEqualTo("12.5");
        assertThat(CsvTableWriter.cell(new BigDecimal("7.125"))).isEqualTo("7.13");
        assertThat(CsvTableWriter.cell(12345678901L)).isEqualTo("12345678901");
        assertThat(CsvTableWriter.cell(Double.NaN)).isEmpty();
    }

    @Test
    void anExactFigureKeepsEveryDecimalInTheFilesDecimalMarkAndStaysANumber() {
        CsvFormat norwegian = CsvFormat.of(no.ips.outreach.platform.language.Language.NB, null);
        // two decimals would round 64.995 up onto the band edge of 65 and contradict the score
        assertThat(CsvTableWriter.cell(new CsvTable.Exact(new BigDecimal("64.995")))).isEqualTo("64.995");
        assertThat(CsvTableWriter.cell(new CsvTable.Exact(new BigDecimal("64.995")), norwegian)).isEqualTo("64,995");
        assertThat(CsvTableWriter.cell(new CsvTable.Exact(BigDecimal.valueOf(30.0)))).isEqualTo("30.0");
        CsvTable table = new CsvTable("exact.csv", List.of("Andel"), List.of(List.of(new CsvTable.Exact(new BigDecimal("12.5")))));
        assertThat(CsvTableWriter.format(table, norwegian)).isEqualTo("Andel\r\n12,5\r\n");
    }

    @Test
    void datesAreIsoAndBooleansAreYesOrNo() {
        assertThat(CsvTableWriter.cell(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(CsvTableWriter.cell(true)).isEqualTo("yes");
        assertThat(CsvTableWriter.cell(false)).isEqualTo("no");
    }

    @Test
    void theDownloadStartsWithAByteOrderMarkAndNamesTheFile() throws IOException {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        CsvTable table = new CsvTable("outreach-2026-W48.csv", List.of("Navn"), List.of(List.of("Åse")));
        new CsvTableWriter().writeTo(table, CsvTable.class, CsvTable.class, null, null, headers, body);

        byte[] bytes = body.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Navn\r\nÅse\r\n");
        assertThat(headers.getFirst("Content-Disposition")).isEqualTo("attachment; filename=\"outreach-2026-W48.csv\"");
        assertThat(headers.getFirst("Content-Type")).isEqualTo("text/csv; charset=UTF-8");
    }

    @Test
    void aTableKeepsItsOwnCopyAndRefusesUnsafeFileNames() {
        List<Object> cells = new ArrayList<>(List.of("a"));
        CsvTable table = new CsvTable("a.csv", List.of("h"), List.of(cells));
        cells.set(0, "changed");
        assertThat(table.rows().get(0)).containsExactly("a");
        assertThatThrownBy(() -> new CsvTable("a\".csv\r\nX-Evil: 1", List.of("h"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CsvTable("a.csv", List.of("h"), List.of(List.of("x", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
