package nl.brabant.regiotafel.monitor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes CSV for Dutch Excel: UTF-8 with a byte order mark (else Excel guesses Windows-1252),
 * {@code ;} as separator (the comma is the Dutch decimal sign) and CRLF line ends. Text that a
 * spreadsheet would run as a formula is neutralised (OWASP "CSV Injection").
 */
public final class SafeCsv {

    /** The format written; a reader should use the same. */
    public static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get();

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SafeCsv() {}

    public static byte[] write(List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            if (header != null) {
                printer.printRecord(cells(new ArrayList<Object>(header)));
            }
            for (List<Object> row : rows == null ? List.<List<Object>>of() : rows) {
                printer.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write CSV", e);
        }
        return bytes.toByteArray();
    }

    private static List<String> cells(List<Object> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(cell(value));
        }
        return cells;
    }

    static String cell(Object value) {
        return switch (value) {
            case null -> "";
            // Numbers are exempt: a negative amount must stay a number in Excel, and cannot carry a
            // formula.
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            case LocalDate date -> guard(DateFormats.documentDate(date));
            default -> guard(value.toString());
        };
    }

    /** A leading quote makes Excel and LibreOffice show the text instead of evaluating it. */
    private static String guard(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
