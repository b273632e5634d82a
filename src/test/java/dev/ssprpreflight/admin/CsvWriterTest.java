package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "plain                   | plain",
            "a,b                     | `\"a,b\"`",
            "`say \"hi\"`            | `\"say \"\"hi\"\"\"`",
            "=SUM(A1:A2)             | '=SUM(A1:A2)",
            "+1 555                  | '+1 555",
            "-2+3                    | '-2+3",
            "@evil                   | '@evil",
            "`=1,2`                  | `\"'=1,2\"`",
            "a-b                     | a-b",
            "`x;=cmd|' /C calc'!A0`  | `\"x;=cmd|' /C calc'!A0\"`",
            "`a\tb`                  | `\"a\tb\"`",
    })
    void quotesWhatRfc4180RequiresAndNeutralisesFormulas(String value, String expected) {
        assertThat(CsvWriter.field(value)).isEqualTo(expected);
    }

    @Test
    void neutralisesTabsAndCarriageReturnsAtTheStart() {
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void endsEveryRowWithCrLfAndQuotesLineBreaks() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);

        csv.row(List.of("a", "line\nbreak", ""));
        csv.row(List.of("b"));

        assertThat(out.toString()).isEqualTo("a,\"line\nbreak\",\r\nb\r\n");
    }

    @Test
    void writesNullAsAnEmptyField() {
        assertThat(CsvWriter.field(null)).isEmpty();
    }
}
