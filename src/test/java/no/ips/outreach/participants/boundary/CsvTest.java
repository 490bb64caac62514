package no.ips.outreach.participants.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedCellsKeepSeparatorsLineBreaksAndDoubledQuotes() {
        var records = Csv.records("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\r\nlast,\r\n");

        assertThat(records).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\nthere"), List.of("last", ""));
    }

    @Test
    void semicolonsSeparateWhenTheHeaderUsesThemAsNorwegianExcelWrites() {
        assertThat(Csv.records("a;b\n1,5;2")).containsExactly(List.of("a", "b"), List.of("1,5", "2"));
    }

    @Test
    void aLastLineWithoutALineBreakIsARecord() {
        assertThat(Csv.records("a\nb")).containsExactly(List.of("a"), List.of("b"));
    }
}
