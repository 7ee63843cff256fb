package nl.brabant.regiotafel.agreement.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;

/** A GFM table of an article as a Word table; its head row stays the first row, shaded. */
final class DocxTable {

    private DocxTable() {}

    static void write(XWPFDocument document, TableBlock block) {
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> head = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow r) {
                    rows.add(r);
                    head.add(part instanceof TableHead);
                }
            }
        }
        int columns = 0;
        for (TableRow row : rows) {
            int count = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                count++;
            }
            columns = Math.max(columns, count);
        }
        if (rows.isEmpty() || columns == 0) {
            return;
        }
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (head.get(r)) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            for (Node cell = rows.get(r).getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell tableCell) {
                    XWPFParagraph paragraph = row.getCell(c).getParagraphs().getFirst();
                    InlineDocx.write(paragraph, tableCell);
                    if (head.get(r)) {
                        // Shaded, not bold: bold would come back as ** on import.
                        row.getCell(c).setColor("DEEAF6");
                    }
                }
                c++;
            }
        }
        // Word glues two tables in a row together; an empty paragraph keeps the next block apart.
        document.createParagraph();
    }
}
