package nl.brabant.regiotafel.agreement.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A Word table as a GFM table: the first row is the header. A merged cell becomes the cell and
 * empty ones after it; a table inside a cell is left out (GFM has none), and both are counted.
 */
final class TableMarkdown {

    private TableMarkdown() {}

    /** The table's Markdown, or "" for a table without text. */
    static String of(XWPFTable table, DroppedCounter dropped) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        boolean anyText = false;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell(cell, dropped);
                anyText |= !text.isEmpty();
                cells.add(text);
                var pr = cell.getCTTc().getTcPr();
                int span =
                        pr != null && pr.getGridSpan() != null
                                ? pr.getGridSpan().getVal().intValue()
                                : 1;
                boolean merged = span > 1 || (pr != null && pr.getVMerge() != null);
                if (merged) {
                    dropped.add(WordImport.Kind.MERGED_CELLS);
                }
                for (int i = 1; i < Math.min(span, 64); i++) {
                    cells.add("");
                }
            }
            columns = Math.max(columns, cells.size());
            rows.add(cells);
        }
        if (!anyText || columns == 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            line(out, rows.get(r), columns);
            if (r == 0) {
                List<String> delimiter = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    delimiter.add("---");
                }
                line(out, delimiter, columns);
            }
        }
        return out.toString().stripTrailing();
    }

    private static String cell(XWPFTableCell cell, DroppedCounter dropped) {
        dropped.add(WordImport.Kind.NESTED_TABLE, cell.getTables().size());
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph paragraph : cell.getParagraphs()) {
            String text = InlineMarkdown.of(paragraph, dropped);
            if (!text.isEmpty()) {
                parts.add(text);
            }
        }
        // One line per cell: a break inside it would end the table row.
        return String.join(" ", parts).replace("\\\n", " ").replace("\n", " ");
    }

    private static void line(StringBuilder out, List<String> cells, int columns) {
        out.append('|');
        for (int c = 0; c < columns; c++) {
            String text = c < cells.size() ? cells.get(c) : "";
            out.append(' ').append(text).append(text.isEmpty() ? "" : " ").append('|');
        }
        out.append('\n');
    }
}
