package no.ips.outreach.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndDoubledQuotesAndEachRecordKnowsItsFirstLine() throws IOException {
        CsvReader csv = new CsvReader(new StringReader("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\nlast,\r\n"), ',');

        assertThat(csv.next()).containsExactly("a", "b");
        assertThat(csv.next()).containsExactly("x, y", "say \"hi\"\nthere");
        assertThat(csv.line()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("last", "");
        assertThat(csv.line()).isEqualTo(4);
        assertThat(csv.next()).isNull();
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThemAsNorwegianExcelWrites() throws IOException {
        char separator = CsvReader.separatorOf("a;b");

        assertThat(all(new CsvReader(new StringReader("a;b\n1,5;2"), separator)))
                .containsExactly(List.of("a", "b"), List.of("1,5", "2"));
        assertThat(CsvReader.separatorOf("a,b;c")).isEqualTo(',');
    }

    @Test
    void aLastLineWithoutALineBreakIsARecordAndBlankLinesAreNone() throws IOException {
        assertThat(all(new CsvReader(new StringReader("a\n\r\n\nb"), ','))).containsExactly(List.of("a"), List.of("b"));
    }

    @Test
    void aQuotedCellThatNeverEndsIsAnErrorNamingItsLine() {
        CsvReader csv = new CsvReader(new StringReader("a,b\n1,\"open\n2,3\n"), ',');

        assertThatThrownBy(() -> all(csv)).isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    private static List<List<String>> all(CsvReader csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        for (List<String> record = csv.next(); record != null; record = csv.next()) {
            records.add(record);
        }
        return records;
    }
}
