package nl.brabant.regiotafel.monitor.export;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.Tables;
import nl.brabant.regiotafel.base.pdf.TextFont;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * What the monitor PDF adds to the house style: a title without kicker, and tables of figures in a
 * denser type with striped rows and right-aligned numbers.
 */
public final class MonitorLayout {

    static final String MISSING = "—";

    /** Counts and percentages line up on their last digit, as in a spreadsheet. */
    private static final Pattern NUMBER = Pattern.compile("[-+−]?[\\d.,\\s]*\\d\\s*%?");

    private static final TextFont TITLE = TextFont.bold(20, HouseStyle.ACCENT);
    private static final TextFont SUBTITLE = TextFont.regular(11, HouseStyle.GREY);
    private static final TextFont CELL = TextFont.regular(8.5f, Color.BLACK);
    private static final TextFont CELL_BOLD = TextFont.bold(8.5f, Color.BLACK);

    private MonitorLayout() {}

    static String orDash(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }

    public static void title(Document document, String title, String subtitle) {
        Paragraph heading = TITLE.paragraph(title);
        heading.setSpacingAfter(2);
        document.add(heading);
        if (subtitle != null && !subtitle.isBlank()) {
            document.add(SUBTITLE.paragraph(subtitle));
        }
    }

    /**
     * A table of the rows, or a remark that there is nothing to show; a short row is padded with
     * dashes.
     */
    public static void table(Document document, List<String> header, List<List<String>> rows) {
        List<String> head = header == null ? List.of() : header;
        List<List<String>> body = rows == null ? List.of() : rows;
        int columns =
                Math.max(
                        head.size(),
                        body.stream().mapToInt(r -> r == null ? 0 : r.size()).max().orElse(0));
        if (body.isEmpty() || columns == 0) {
            Paragraph none = HouseStyle.note("Geen gegevens.");
            none.setSpacingBefore(6);
            document.add(none);
            return;
        }
        PdfPTable table = new PdfPTable(widths(columns));
        table.setWidthPercentage(100);
        table.setSpacingBefore(8);
        if (!head.isEmpty()) {
            table.setHeaderRows(1);
            for (int i = 0; i < columns; i++) {
                table.addCell(cell(at(head, i), CELL_BOLD, HouseStyle.HEADER_FILL));
            }
        }
        for (int r = 0; r < body.size(); r++) {
            List<String> row = body.get(r) == null ? List.of() : body.get(r);
            Color fill = r % 2 == 1 ? HouseStyle.ZEBRA_FILL : null;
            for (int i = 0; i < columns; i++) {
                table.addCell(cell(at(row, i), CELL, fill));
            }
        }
        document.add(table);
    }

    /**
     * The first column names the row (a region, a theme) and needs the room; the others hold short
     * figures.
     */
    private static float[] widths(int columns) {
        float[] widths = new float[columns];
        Arrays.fill(widths, 1);
        if (columns > 2) {
            widths[0] = 2;
        }
        return widths;
    }

    private static String at(List<String> values, int index) {
        return orDash(index < values.size() ? values.get(index) : null);
    }

    private static PdfPCell cell(String text, TextFont font, Color fill) {
        PdfPCell cell = Tables.cell(font.phrase(text), fill);
        if (font == CELL && NUMBER.matcher(text).matches()) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
