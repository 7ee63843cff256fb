package nl.brabant.regiotafel.base.docx;

import static nl.brabant.regiotafel.base.format.DocumentText.orDash;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Tables of the Word exports: a header row in bold, and facts as label and value. */
public final class WordTables {

    private WordTables() {}

    /** A full-width table whose first row is the bold header; Word repeats it on every page. */
    public static XWPFTable table(XWPFDocument document, String... headers) {
        XWPFTable table = document.createTable(1, headers.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < headers.length; i++) {
            write(header.getCell(i), headers[i], true);
        }
        return table;
    }

    /** Adds a row; a missing value shows as "—". */
    public static void row(XWPFTable table, String... values) {
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.length; i++) {
            write(row.getCell(i), orDash(values[i]), false);
        }
    }

    /** Label and value pairs ("Status:", "Concept") without a header row. */
    public static void facts(XWPFDocument document, List<String[]> facts) {
        XWPFTable table = document.createTable(facts.size(), 2);
        table.setWidth("100%");
        table.removeBorders();
        for (int r = 0; r < facts.size(); r++) {
            write(table.getRow(r).getCell(0), facts.get(r)[0], true);
            write(table.getRow(r).getCell(1), orDash(facts.get(r)[1]), false);
        }
    }

    public static void write(XWPFTableCell cell, String text, boolean bold) {
        XWPFParagraph paragraph = cell.getParagraphs().getFirst();
        var run = paragraph.createRun();
        run.setBold(bold);
        WordStyle.lines(run, text == null ? "" : text);
    }
}
