package nl.brabant.regiotafel.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Test
    void startsWithAByteOrderMarkAndUsesCrlf() {
        byte[] csv = SafeCsv.write(List.of("a", "b"), List.of(List.of("x", "y")));
        assertThat(Arrays.copyOf(csv, 3)).isEqualTo(BOM);
        assertThat(text(csv)).isEqualTo("a;b\r\nx;y\r\n");
    }

    @Test
    void headerAndRowsParseBack() throws IOException {
        List<List<String>> parsed =
                parse(
                        SafeCsv.write(
                                List.of("Regio", "Aantal", "Peildatum", "Opmerking"),
                                List.of(
                                        row("West-Brabant", 12, LocalDate.of(2026, 3, 5), null),
                                        row(
                                                "Midden-Brabant",
                                                new BigDecimal("1E+3"),
                                                null,
                                                "café"))));

        assertThat(parsed)
                .containsExactly(
                        List.of("Regio", "Aantal", "Peildatum", "Opmerking"),
                        List.of("West-Brabant", "12", "05-03-2026", ""),
                        List.of("Midden-Brabant", "1000", "", "café"));
    }

    @Test
    void formulasAreNeutralised() throws IOException {
        List<List<String>> parsed =
                parse(
                        SafeCsv.write(
                                List.of("=kop"),
                                List.of(
                                        row("=HYPERLINK(\"http://evil.example\";\"klik\")"),
                                        row("+1"),
                                        row("-1+2"),
                                        row("@SUM(A1)"),
                                        row("\t=1"),
                                        row("\r=1"),
                                        row("gewoon -1"))));

        assertThat(parsed)
                .extracting(r -> r.get(0))
                .containsExactly(
                        "'=kop",
                        "'=HYPERLINK(\"http://evil.example\";\"klik\")",
                        "'+1",
                        "'-1+2",
                        "'@SUM(A1)",
                        "'\t=1",
                        "'\r=1",
                        "gewoon -1");
    }

    @Test
    void numbersAreExemptButNumericTextIsNot() throws IOException {
        List<List<String>> parsed =
                parse(
                        SafeCsv.write(
                                List.of("n"),
                                List.of(
                                        row(-3),
                                        row(-2.5),
                                        row(new BigDecimal("-0.50")),
                                        row("-3"))));

        assertThat(parsed)
                .extracting(r -> r.get(0))
                .containsExactly("n", "-3", "-2.5", "-0.50", "'-3");
    }

    @Test
    void quotesSemicolonsAndLineBreaksSurvive() throws IOException {
        String tricky = "Zei \"ja\"; toch; niet\r\nnieuwe regel";
        List<List<String>> parsed =
                parse(SafeCsv.write(List.of("tekst"), List.of(row(tricky), row("Één café"))));

        assertThat(parsed).extracting(r -> r.get(0)).containsExactly("tekst", tricky, "Één café");
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static String text(byte[] csv) {
        return new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    }

    private static List<List<String>> parse(byte[] csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(csv)), format)) {
            return parser.stream().map(CSVRecord::toList).toList();
        }
    }
}
